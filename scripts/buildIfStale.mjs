// Builds with electron-vite only when a source file is newer than the last build, so
// `npm run start:web` starts in a second when nothing changed.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const stamp = join(root, 'out', '.build-stamp');

function newest(path) {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(info.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

export function buildIfStale() {
  const inputs = ['src', 'package.json', 'electron.vite.config.mts', 'postcss.config.cjs'].map((p) => join(root, p));
  if (existsSync(stamp) && statSync(stamp).mtimeMs >= Math.max(...inputs.map(newest))) return;
  console.log('Building Siaga…');
  const result = spawnSync('npx', ['electron-vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(stamp, new Date().toISOString());
}
