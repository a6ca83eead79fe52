import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { _electron, type ElectronApplication, type Page } from '@playwright/test';
import { ensureElectronAddon } from '../../scripts/electronAddon.mjs';

/**
 * Starting the real desktop app for the smoke suite: where its binary is, whether this machine can
 * run it (and if not, the reason the suite is skipped), and a launch on a given data folder.
 */

const root = join(__dirname, '..', '..');
const electronPackage = join(root, 'node_modules', 'electron');

/** SIAGA_ELECTRON=1: the suite must run here; a missing binary is then a failure, not a skip. */
export const electronRequired = process.env.SIAGA_ELECTRON === '1';

/**
 * The Electron binary `npm install` downloaded, found without triggering a download (requiring
 * the `electron` package would try one), or undefined.
 */
export function installedElectronBinary(): string | undefined {
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const pathFile = join(electronPackage, 'path.txt');
  const name = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  if (override) return join(override, name || 'electron');
  if (!name) return undefined;
  const binary = join(electronPackage, 'dist', name);
  return existsSync(binary) ? binary : undefined;
}

/**
 * Electron 42+ downloads its binary the first time the package is required, not at `npm install`:
 * ask for it once, so any machine with internet runs the suite. Without a network this fails in
 * well under a second.
 */
function downloadElectron(): string {
  const result = spawnSync(process.execPath, ['-e', "require('electron')"], {
    cwd: root,
    stdio: 'pipe',
    timeout: 15 * 60_000,
  });
  return (
    result.stderr
      ?.toString()
      .split('\n')
      .find((line) => /error/i.test(line))
      ?.trim() ?? ''
  );
}

/** Why the suite cannot run on this machine, or undefined when it can (or must: SIAGA_ELECTRON=1). */
export function skipReason(): string | undefined {
  if (electronRequired) return undefined;
  if (!installedElectronBinary()) {
    const why = downloadElectron();
    if (!installedElectronBinary()) {
      return `the Electron binary could not be downloaded (${why || 'no internet?'}); SIAGA_ELECTRON=1 makes this a failure`;
    }
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return 'no display for the Electron window: run `xvfb-run npm test` on a headless Linux';
  }
  if (!existsSync(join(root, 'out', 'main', 'index.js'))) return 'the app is not built: `npm run build` first';
  return undefined;
}

/** The binary to launch; with SIAGA_ELECTRON=1 the package's own lookup, which downloads it if missing. */
export function electronBinary(): string {
  return installedElectronBinary() ?? (createRequire(join(root, 'package.json'))('electron') as string);
}

/** The database addon built for this Electron, as `npm start` prepares it (scripts/electronAddon.mjs). */
export async function electronSqliteAddon(): Promise<string> {
  const { version } = JSON.parse(readFileSync(join(electronPackage, 'package.json'), 'utf8')) as { version: string };
  return (await ensureElectronAddon({ root, electronVersion: version })).path;
}

export interface DesktopApp {
  app: ElectronApplication;
  window: Page;
}

/**
 * Launches the built app (out/main/index.js) on `dataDir` and waits for its first window. `profile`
 * is Electron's own folder (window state, the shell's settings, the page's storage and the
 * single-instance lock), kept apart from the developer's real Siaga.
 */
export async function launchDesktopApp(dataDir: string, profile: string, addon: string): Promise<DesktopApp> {
  const app = await _electron.launch({
    executablePath: electronBinary(),
    args: [
      // Chromium refuses its sandbox to root (CI containers); the renderer stays sandboxed by
      // app.enableSandbox() and its webPreferences.
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      `--user-data-dir=${profile}`,
      join(root, 'out', 'main', 'index.js'),
    ],
    cwd: root,
    env: {
      ...(process.env as Record<string, string>),
      SIAGA_DATA_DIR: dataDir,
      SIAGA_SQLITE_ADDON: addon,
      // Where Linux puts Electron's folder, should the switch above not reach it.
      XDG_CONFIG_HOME: profile,
      // A fixed window language for the assertions: the app's default, Bahasa Indonesia.
      LANG: 'id_ID.UTF-8',
    },
  });
  const window = await app.firstWindow();
  await window.waitForLoadState('domcontentloaded');
  return { app, window };
}
