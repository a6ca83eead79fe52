import { describe, expect, it } from 'vitest';
import { chooseSqliteAddon, sqliteAddonOptions } from './nativeBinding';

const cached =
  '/home/humas/siaga/node_modules/.cache/siaga/better-sqlite3-12.11.1-electron-45.5.0-linux-x64/better_sqlite3.node';
const runtime = {
  electron: '45.5.0',
  modulePath: '/home/humas/siaga/out/main/chunks/store.js',
  variable: cached,
  exists: (path: string) => path === cached,
};

describe('which better-sqlite3 addon a process loads', () => {
  it('in Node (tests, command line, browser mode): the one npm install built', () => {
    expect(chooseSqliteAddon({ ...runtime, electron: undefined })).toBeUndefined();
    // This test runs in Node: nothing is passed to better-sqlite3.
    expect(sqliteAddonOptions()).toEqual({});
  });

  it('in Electron from the sources: the Electron build npm start prepared', () => {
    expect(chooseSqliteAddon(runtime)).toBe(cached);
  });

  it('in the packaged app: the one rebuilt in place when packing, whatever the variable says', () => {
    expect(
      chooseSqliteAddon({
        ...runtime,
        modulePath: 'C:\\Program Files\\Siaga\\resources\\app.asar\\out\\main\\index.js',
      }),
    ).toBeUndefined();
    expect(
      chooseSqliteAddon({
        ...runtime,
        modulePath: '/Applications/Siaga.app/Contents/Resources/app.asar/out/main/index.js',
      }),
    ).toBeUndefined();
  });

  it('says what to do when the Electron build it was given is gone', () => {
    expect(() => chooseSqliteAddon({ ...runtime, exists: () => false })).toThrow(
      /SIAGA_SQLITE_ADDON names .* which does not exist: start Siaga with `npm start`/,
    );
    // Electron without the variable (electron-vite dev started by hand): the default, and its own error.
    expect(chooseSqliteAddon({ ...runtime, variable: undefined })).toBeUndefined();
  });
});
