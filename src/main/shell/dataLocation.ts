import { existsSync, readFileSync } from 'node:fs';
import { join, win32 } from 'node:path';
import { appName } from '../core/dataDir';

/**
 * The store's file name (`databaseFileName` in core/db/store.ts, a test keeps the two equal), kept
 * here so the Electron main bundle does not pull in the database modules.
 */
export const storeFileName = 'siaga.sqlite';

/**
 * Where the desktop app keeps the office's data. One store per desk matters more than anything
 * here: two Windows accounts on a shared desk PC that each open their own folder split an office's
 * records without anyone noticing. So:
 *
 * 1. `SIAGA_DATA_DIR` (the demo office, a test, an administrator's fixed setup) wins;
 * 2. then an answer given before (the first-run question below, remembered in the shell settings);
 * 3. then a per-machine installation's data folder (the installer writes `installation.json` beside
 *    the app's resources, build/installer.nsh, and creates the folder with its permissions) — but an
 *    account whose own folder has a store while the shared one has none yet is *asked* whether to
 *    bring its records there (the office used Siaga per user before installing it per machine);
 * 4. then this account's own folder when it already holds a store (nothing moves under anyone);
 * 5. an account without a store on a computer whose shared folder has one is *asked* which to use;
 * 6. else this account's own folder (a one-person desk, as before).
 *
 * The two questions are the cases where the default would split the office's records.
 */
export type DataLocation =
  | { kind: 'use'; dataDir: string; scope: DataScope }
  | { kind: 'ask'; question: DataLocationQuestion; shared: string; own: string };

/** `join`: the shared folder has the office's store; `bring`: this account has it, the shared folder not yet. */
export type DataLocationQuestion = 'join' | 'bring';

/** Why this folder: a `machine` folder keeps its secrets in the folder (coreHost.ts). */
export type DataScope = 'environment' | 'remembered' | 'machine' | 'user';

/** What a per-machine installer leaves beside the app's resources. */
export interface Installation {
  scope: 'machine' | 'user';
  dataDir?: string;
}

export interface DataLocationInput {
  envDataDir: string | undefined;
  remembered: { dataDir: string; scope: 'machine' | 'user' } | undefined;
  installation: Installation | undefined;
  /** Electron's userData: this OS account's folder. */
  userDataDir: string;
  /** This computer's shared folder, where one exists for the platform. */
  machineDataDir: string | undefined;
  hasStore: (dir: string) => boolean;
}

export function resolveDataLocation(input: DataLocationInput): DataLocation {
  if (input.envDataDir) return { kind: 'use', dataDir: input.envDataDir, scope: 'environment' };
  if (input.remembered) {
    return {
      kind: 'use',
      dataDir: input.remembered.dataDir,
      scope: input.remembered.scope === 'machine' ? 'machine' : 'remembered',
    };
  }
  const installed =
    input.installation?.scope === 'machine' ? (input.installation.dataDir ?? input.machineDataDir) : undefined;
  const ownStore = input.hasStore(input.userDataDir);
  if (installed) {
    if (ownStore && !input.hasStore(installed)) {
      return { kind: 'ask', question: 'bring', shared: installed, own: input.userDataDir };
    }
    return { kind: 'use', dataDir: installed, scope: 'machine' };
  }
  if (ownStore) return { kind: 'use', dataDir: input.userDataDir, scope: 'user' };
  if (input.machineDataDir && input.hasStore(input.machineDataDir)) {
    return { kind: 'ask', question: 'join', shared: input.machineDataDir, own: input.userDataDir };
  }
  return { kind: 'use', dataDir: input.userDataDir, scope: 'user' };
}

/**
 * This computer's shared data folder: `%ProgramData%\Siaga` on Windows, which the per-machine
 * installer creates readable by the "Siaga" group only. Elsewhere none: the core keeps its files
 * owner-only (0600/0700) on macOS and Linux, which a folder shared between accounts cannot be, and
 * a Mac or Linux desk shared by several people uses the office server instead (README).
 */
export function machineDataDir(platform: NodeJS.Platform, env: Record<string, string | undefined>): string | undefined {
  if (platform !== 'win32') return undefined;
  return win32.join(env.ProgramData ?? env.PROGRAMDATA ?? 'C:\\ProgramData', appName);
}

/** A folder holds an office's store: its SQLite file, or its choice of an office server. */
export function folderHasStore(dir: string): boolean {
  return existsSync(join(dir, storeFileName)) || existsSync(join(dir, 'office-server.json'));
}

export const installationFileName = 'installation.json';

/**
 * The installer's note in the app's resources folder, or undefined (a per-user installation, the
 * DMG, a run from the sources). A note that cannot be read is ignored rather than trusted: the
 * worst case is the per-user folder, and the first-run question still catches a split.
 */
export function readInstallation(resourcesPath: string): Installation | undefined {
  try {
    const parsed = JSON.parse(readFileSync(join(resourcesPath, installationFileName), 'utf8')) as unknown;
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const { scope, dataDir } = parsed as Record<string, unknown>;
    if (scope !== 'machine' && scope !== 'user') return undefined;
    return typeof dataDir === 'string' && dataDir.trim() !== '' ? { scope, dataDir: dataDir.trim() } : { scope };
  } catch {
    return undefined;
  }
}
