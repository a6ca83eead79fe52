import { existsSync } from 'node:fs';

/**
 * Which build of better-sqlite3's native addon this process loads. `npm install` compiles the
 * addon for the system's Node, which the tests, the command line and browser mode run on. Electron
 * runs its own Node with another module version, so the desktop app in development needs a build
 * for that Electron: `npm start` prepares one once per Electron version in a cache folder
 * (`scripts/electronAddon.mjs`) and names it in this variable. The packaged app needs nothing:
 * `npm run dist` rebuilds the addon in place for the Electron it ships.
 */
export const sqliteAddonVariable = 'SIAGA_SQLITE_ADDON';

export interface AddonRuntime {
  /** `process.versions.electron`: set only inside Electron (its main process and worker threads). */
  electron: string | undefined;
  /** This module's own path: inside `app.asar` in the packaged app. */
  modulePath: string;
  /** The variable's value, if set. */
  variable: string | undefined;
  exists: (path: string) => boolean;
}

/**
 * The addon file to load, or undefined for the one `require('better-sqlite3')` finds itself. An
 * Electron build named but missing is an error that says so (a deleted cache), not a crash deep in
 * the addon loader about module versions.
 */
export function chooseSqliteAddon(runtime: AddonRuntime): string | undefined {
  if (!runtime.electron) return undefined;
  if (/[\\/]app\.asar[\\/]/.test(runtime.modulePath)) return undefined;
  if (!runtime.variable) return undefined;
  if (!runtime.exists(runtime.variable)) {
    throw new Error(
      `${sqliteAddonVariable} names ${runtime.variable}, which does not exist: start Siaga with \`npm start\`, which builds it`,
    );
  }
  return runtime.variable;
}

let chosen: { nativeBinding?: string } | undefined;

/** The options every `new BetterSqlite3(…)` of this process spreads in (decided once). */
export function sqliteAddonOptions(): { nativeBinding?: string } {
  if (!chosen) {
    const nativeBinding = chooseSqliteAddon({
      electron: process.versions.electron,
      modulePath: __filename,
      variable: process.env[sqliteAddonVariable] || undefined,
      exists: existsSync,
    });
    chosen = nativeBinding ? { nativeBinding } : {};
  }
  return chosen;
}
