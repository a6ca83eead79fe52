// Types of electronAddon.mjs for the TypeScript that imports it (its tests).
export interface AddonTarget {
  addonVersion: string;
  electronVersion: string;
  platform: string;
  arch: string;
}
export interface BuildInput extends AddonTarget {
  root: string;
  /** A fresh folder the build may use; removed afterwards. */
  work: string;
}
export function electronAddonPath(root: string, target: AddonTarget): string;
export function ensureElectronAddon(options: {
  root: string;
  electronVersion: string;
  platform?: string;
  arch?: string;
  build?: (input: BuildInput) => Promise<string>;
  log?: (line: string) => void;
}): Promise<{ path: string; built: boolean }>;
export function buildWithElectronRebuild(input: BuildInput): Promise<string>;
