// `npm run dist`: installers for this OS (Windows nsis, macOS dmg, Linux AppImage). Needs the
// internet: electron-builder downloads Electron, and better-sqlite3 is rebuilt for Electron's ABI
// here (not during npm install, where it is built for Node and the tests).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { signingPlan } from './signing.mjs';

const root = join(import.meta.dirname, '..');
const run = (command, args) => {
  console.log(`> ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

for (const line of signingPlan(process.env, process.platform)) console.log(`Signing: ${line}`);
run('npx', ['electron-vite', 'build']);
run('npx', ['electron-builder', 'install-app-deps']);
try {
  run('npx', ['electron-builder', '--config', 'electron-builder.yml', ...process.argv.slice(2)]);
} finally {
  // Put better-sqlite3 back to the Node build so tests and the CLI keep working.
  spawnSync('npm', ['rebuild', 'better-sqlite3'], { cwd: root, stdio: 'inherit' });
}
