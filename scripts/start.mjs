// `npm start`: builds and runs the desktop app. Where Electron's binary cannot be downloaded
// (no internet, or a build machine like ours), it says so in one line and runs browser mode.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
// require('electron') downloads the binary on first use (Electron 42+) and throws if it cannot.
const probe = spawnSync(process.execPath, ['-e', "require('electron')"], {
  cwd: root,
  stdio: 'pipe',
  timeout: 15 * 60_000,
});

if (probe.status === 0) {
  const child = spawn('npx', ['electron-vite', 'preview'], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.error(
    'Siaga: the Electron binary could not be downloaded on this machine, so the desktop window cannot open; ' +
      'starting browser mode instead (npm run start:web) — open the address printed below in a browser.',
  );
  await import('./start-web.mjs');
}
