// `npm start`: builds and runs the desktop app. Where Electron's binary cannot be downloaded
// (no internet, or a build machine like ours), it says so in one line and runs browser mode.
// `npm run dev` (`--dev`): the same with electron-vite's dev server (hot reload of the renderer),
// and the same Electron build of the database addon.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ensureElectronAddon } from './electronAddon.mjs';

const root = join(import.meta.dirname, '..');
const dev = process.argv.includes('--dev');
// require('electron') downloads the binary on first use (Electron 42+) and throws if it cannot.
const probe = spawnSync(process.execPath, ['-e', "require('electron')"], {
  cwd: root,
  stdio: 'pipe',
  timeout: 15 * 60_000,
});

/** The database addon built for this Electron (once per version; scripts/electronAddon.mjs), or null. */
async function electronAddon() {
  const electronVersion = createRequire(join(root, 'package.json'))('electron/package.json').version;
  try {
    return (await ensureElectronAddon({ root, electronVersion })).path;
  } catch (error) {
    console.error(
      `Siaga: the database addon could not be built for Electron ${electronVersion} (${error instanceof Error ? error.message : error}); ` +
        'starting browser mode instead. See the README, "Quick start", for what the build needs.',
    );
    return null;
  }
}

const addon = probe.status === 0 ? await electronAddon() : null;
if (addon) {
  const child = spawn('npx', ['electron-vite', dev ? 'dev' : 'preview'], {
    cwd: root,
    stdio: 'inherit',
    // src/main/core/db/nativeBinding.ts loads this build inside Electron; Node keeps its own.
    env: { ...process.env, SIAGA_SQLITE_ADDON: addon },
  });
  child.on('exit', (code) => process.exit(code ?? 0));
} else if (probe.status === 0) {
  await import('./start-web.mjs');
} else {
  console.error(
    'Siaga: the Electron binary could not be downloaded on this machine, so the desktop window cannot open; ' +
      'starting browser mode instead (npm run start:web) — open the address printed below in a browser.',
  );
  await import('./start-web.mjs');
}
