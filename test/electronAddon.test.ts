import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronAddonPath, ensureElectronAddon } from '../scripts/electronAddon.mjs';
import { useTempDirs } from './tempDir';

/** A project folder with better-sqlite3's package.json, as `npm install` leaves it. */
function project(root: string, version = '12.11.1') {
  mkdirSync(join(root, 'node_modules', 'better-sqlite3'), { recursive: true });
  writeFileSync(join(root, 'node_modules', 'better-sqlite3', 'package.json'), JSON.stringify({ version }));
  return root;
}

describe("npm start's Electron build of the database addon", () => {
  const tempDir = useTempDirs();

  /** A build that writes a file named for what it was asked, and counts its calls. */
  function fakeBuild() {
    const calls: { electronVersion: string }[] = [];
    return {
      calls,
      build: async (input: { work: string; electronVersion: string; addonVersion: string }) => {
        calls.push({ electronVersion: input.electronVersion });
        const file = join(input.work, 'out.node');
        writeFileSync(file, `addon ${input.addonVersion} for electron ${input.electronVersion}`);
        return file;
      },
    };
  }

  it('is built once per Electron version and reused, beside the Node build', async () => {
    const root = project(tempDir());
    const { calls, build } = fakeBuild();
    const options = { root, platform: 'linux', arch: 'x64', build, log: () => undefined };
    const first = await ensureElectronAddon({ ...options, electronVersion: '45.5.0' });
    expect(first).toEqual({
      path: electronAddonPath(root, {
        addonVersion: '12.11.1',
        electronVersion: '45.5.0',
        platform: 'linux',
        arch: 'x64',
      }),
      built: true,
    });
    expect(first.path).toContain(
      join('node_modules', '.cache', 'siaga', 'better-sqlite3-12.11.1-electron-45.5.0-linux-x64'),
    );
    expect(readFileSync(first.path, 'utf8')).toBe('addon 12.11.1 for electron 45.5.0');
    expect(await ensureElectronAddon({ ...options, electronVersion: '45.5.0' })).toEqual({
      path: first.path,
      built: false,
    });
    expect(calls).toHaveLength(1);
    // Another Electron (an upgrade) gets its own build; the first stays for a downgrade.
    const next = await ensureElectronAddon({ ...options, electronVersion: '46.0.0' });
    expect(next.path).not.toBe(first.path);
    expect(existsSync(first.path)).toBe(true);
    expect(calls.map((call) => call.electronVersion)).toEqual(['45.5.0', '46.0.0']);
    // The work folders are gone; only the builds remain.
    expect(readdirSync(dirname(dirname(first.path))).sort()).toEqual([
      'better-sqlite3-12.11.1-electron-45.5.0-linux-x64',
      'better-sqlite3-12.11.1-electron-46.0.0-linux-x64',
    ]);
  });

  it('a new better-sqlite3 (after npm install) is built again', async () => {
    const root = project(tempDir());
    const { calls, build } = fakeBuild();
    const options = { root, electronVersion: '45.5.0', platform: 'win32', arch: 'x64', build, log: () => undefined };
    await ensureElectronAddon(options);
    project(root, '12.12.0');
    expect((await ensureElectronAddon(options)).built).toBe(true);
    expect(calls).toHaveLength(2);
  });

  it('a failed build leaves nothing to be mistaken for the addon, and says why', async () => {
    const root = project(tempDir());
    const options = {
      root,
      electronVersion: '45.5.0',
      platform: 'darwin',
      arch: 'arm64',
      log: () => undefined,
      build: async () => {
        throw new Error('gyp ERR! could not download headers');
      },
    };
    await expect(ensureElectronAddon(options)).rejects.toThrow(/could not download headers/);
    const path = electronAddonPath(root, {
      addonVersion: '12.11.1',
      electronVersion: '45.5.0',
      platform: 'darwin',
      arch: 'arm64',
    });
    expect(existsSync(path)).toBe(false);
    expect(readdirSync(join(root, 'node_modules', '.cache', 'siaga'))).toEqual([]);
  });
});
