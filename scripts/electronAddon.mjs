// The better-sqlite3 addon for the Electron that `npm start` runs. `npm install` builds the addon
// for the system's Node (tests, the command line and browser mode run there); Electron runs its
// own Node with another module version. So the desktop app in development loads an Electron build
// kept in a cache folder — built once per Electron version, beside the Node build, never over it —
// and named to the app in SIAGA_SQLITE_ADDON (src/main/core/db/nativeBinding.ts picks it up).
// The packaged app needs none of this: `npm run dist` rebuilds the addon for the Electron it ships.
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, sep } from 'node:path';

/** Where the Electron build for these versions lives: one folder per addon, Electron, OS and CPU. */
export function electronAddonPath(root, { addonVersion, electronVersion, platform, arch }) {
  return join(
    root,
    'node_modules',
    '.cache',
    'siaga',
    `better-sqlite3-${addonVersion}-electron-${electronVersion}-${platform}-${arch}`,
    'better_sqlite3.node',
  );
}

/**
 * The Electron build's path, building it first if this combination has none yet. The file is put
 * in place only once complete (copied beside, then renamed), so a build cut short is never taken
 * for the addon; a failed build leaves nothing behind and says why.
 */
export async function ensureElectronAddon({
  root,
  electronVersion,
  platform = process.platform,
  arch = process.arch,
  build = buildWithElectronRebuild,
  log = (line) => console.error(line),
}) {
  const addonVersion = JSON.parse(
    readFileSync(join(root, 'node_modules', 'better-sqlite3', 'package.json'), 'utf8'),
  ).version;
  const target = electronAddonPath(root, { addonVersion, electronVersion, platform, arch });
  if (existsSync(target)) return { path: target, built: false };
  const cache = dirname(dirname(target));
  mkdirSync(cache, { recursive: true });
  const work = mkdtempSync(join(cache, 'build-'));
  try {
    log(
      `Siaga: building the database addon (better-sqlite3 ${addonVersion}) for Electron ${electronVersion} — once, kept in ${dirname(target)}`,
    );
    const built = await build({ root, work, addonVersion, electronVersion, platform, arch });
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(built, `${target}.partial`);
    renameSync(`${target}.partial`, target);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return { path: target, built: true };
}

/**
 * The real build: a copy of the module (without its Node build) in a project of its own, rebuilt
 * there by @electron/rebuild against Electron's headers — it builds in place, and the original
 * must stay the Node build. Needs the internet (headers, or the addon's prebuilt for Electron).
 */
export async function buildWithElectronRebuild({ root, work, addonVersion, electronVersion, platform, arch }) {
  const modules = join(work, 'node_modules');
  for (const name of ['better-sqlite3', 'bindings', 'file-uri-to-path', 'prebuild-install']) {
    const from = join(root, 'node_modules', name);
    if (!existsSync(from)) continue;
    cpSync(from, join(modules, name), {
      recursive: true,
      filter: (source) => !source.startsWith(join(from, 'build') + sep) && source !== join(from, 'build'),
    });
  }
  writeFileSync(
    join(work, 'package.json'),
    JSON.stringify({ name: 'siaga-addon-build', private: true, dependencies: { 'better-sqlite3': addonVersion } }),
  );
  const { rebuild } = await import('@electron/rebuild');
  await rebuild({ buildPath: work, electronVersion, platform, arch, onlyModules: ['better-sqlite3'], force: true });
  return join(modules, 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
}
