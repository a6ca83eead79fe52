// `npm run start:web -- [--data-dir DIR] [--port N]`: browser mode. Builds what it needs, then
// runs the bridge in the foreground; Ctrl+C closes the store cleanly.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { buildIfStale } from './buildIfStale.mjs';

buildIfStale();
const child = spawn(
  process.execPath,
  [join(import.meta.dirname, '..', 'out', 'main', 'web.js'), ...process.argv.slice(2)],
  {
    stdio: 'inherit',
  },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
