import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../test/tempDir';
import { databaseFileName } from '../core/db/store';
import {
  folderHasStore,
  machineDataDir,
  readInstallation,
  resolveDataLocation,
  type DataLocationInput,
} from './dataLocation';
import { dataLocationDialog, dataLocationWords } from './dataLocationQuestion';

const own = 'C:\\Users\\rina\\AppData\\Roaming\\Siaga';
const shared = 'C:\\ProgramData\\Siaga';

function input(overrides: Partial<DataLocationInput> & { stores?: string[] } = {}): DataLocationInput {
  const stores = overrides.stores ?? [];
  return {
    envDataDir: undefined,
    remembered: undefined,
    installation: undefined,
    userDataDir: own,
    machineDataDir: shared,
    hasStore: (dir) => stores.includes(dir),
    ...overrides,
  };
}

describe('where the desktop app keeps the data', () => {
  it("a one-person desk keeps using its account's folder, with or without a store", () => {
    expect(resolveDataLocation(input())).toEqual({ kind: 'use', dataDir: own, scope: 'user' });
    expect(resolveDataLocation(input({ stores: [own] }))).toEqual({ kind: 'use', dataDir: own, scope: 'user' });
    // macOS and Linux have no shared folder: never asked.
    expect(resolveDataLocation(input({ machineDataDir: undefined }))).toMatchObject({ kind: 'use', dataDir: own });
  });

  it("a per-machine installation uses the computer's shared folder for every account", () => {
    expect(resolveDataLocation(input({ installation: { scope: 'machine' } }))).toEqual({
      kind: 'use',
      dataDir: shared,
      scope: 'machine',
    });
    expect(resolveDataLocation(input({ installation: { scope: 'machine' }, stores: [own, shared] }))).toEqual({
      kind: 'use',
      dataDir: shared,
      scope: 'machine',
    });
    // The installer's own folder, when it wrote one (an installation on another drive).
    expect(resolveDataLocation(input({ installation: { scope: 'machine', dataDir: 'D:\\SiagaData' } }))).toEqual({
      kind: 'use',
      dataDir: 'D:\\SiagaData',
      scope: 'machine',
    });
    // A per-user note changes nothing.
    expect(resolveDataLocation(input({ installation: { scope: 'user' } }))).toMatchObject({ dataDir: own });
  });

  it('asks an account with records of its own whether to bring them into an empty shared folder', () => {
    // The office used Siaga per user, then installed it per machine: without asking, the shared
    // folder would start an empty office and the records would stay in one profile.
    expect(resolveDataLocation(input({ installation: { scope: 'machine' }, stores: [own] }))).toEqual({
      kind: 'ask',
      question: 'bring',
      shared,
      own,
    });
  });

  it('asks an account without data on a computer whose shared folder has a store', () => {
    expect(resolveDataLocation(input({ stores: [shared] }))).toEqual({ kind: 'ask', question: 'join', shared, own });
    // An account that already has its own store is not moved under anyone.
    expect(resolveDataLocation(input({ stores: [shared, own] }))).toMatchObject({ kind: 'use', dataDir: own });
  });

  it('remembers the answer, and SIAGA_DATA_DIR wins over everything', () => {
    expect(resolveDataLocation(input({ stores: [shared], remembered: { dataDir: shared, scope: 'machine' } }))).toEqual(
      { kind: 'use', dataDir: shared, scope: 'machine' },
    );
    expect(resolveDataLocation(input({ stores: [shared], remembered: { dataDir: own, scope: 'user' } }))).toEqual({
      kind: 'use',
      dataDir: own,
      scope: 'remembered',
    });
    expect(
      resolveDataLocation(
        input({
          envDataDir: '/tmp/siaga-demo',
          installation: { scope: 'machine' },
          remembered: { dataDir: own, scope: 'user' },
        }),
      ),
    ).toEqual({ kind: 'use', dataDir: '/tmp/siaga-demo', scope: 'environment' });
  });

  it("the shared folder is ProgramData's on Windows and none elsewhere", () => {
    expect(machineDataDir('win32', { ProgramData: 'C:\\ProgramData' })).toBe('C:\\ProgramData\\Siaga');
    expect(machineDataDir('win32', { PROGRAMDATA: 'E:\\Data' })).toBe('E:\\Data\\Siaga');
    expect(machineDataDir('darwin', {})).toBeUndefined();
    expect(machineDataDir('linux', {})).toBeUndefined();
  });
});

describe('the folder and the installer note on disk', () => {
  const tempDir = useTempDirs();

  it('a folder has a store when it holds the store file or the choice of an office server', () => {
    const dir = tempDir();
    expect(folderHasStore(dir)).toBe(false);
    // The core's own file name: the shell keeps a copy of it (not importing the database modules).
    writeFileSync(join(dir, databaseFileName), '');
    expect(folderHasStore(dir)).toBe(true);
    const serverDesk = tempDir();
    writeFileSync(join(serverDesk, 'office-server.json'), '{}');
    expect(folderHasStore(serverDesk)).toBe(true);
    expect(folderHasStore(join(dir, 'missing'))).toBe(false);
  });

  it("reads the installer's note, and ignores one it cannot trust", () => {
    const resources = tempDir();
    expect(readInstallation(resources)).toBeUndefined();
    writeFileSync(join(resources, 'installation.json'), JSON.stringify({ scope: 'machine', dataDir: ' D:\\Siaga ' }));
    expect(readInstallation(resources)).toEqual({ scope: 'machine', dataDir: 'D:\\Siaga' });
    writeFileSync(join(resources, 'installation.json'), JSON.stringify({ scope: 'machine', dataDir: '' }));
    expect(readInstallation(resources)).toEqual({ scope: 'machine' });
    for (const bad of ['{"scope":"everyone"}', 'not json', '[]', 'null']) {
      writeFileSync(join(resources, 'installation.json'), bad);
      expect(readInstallation(resources)).toBeUndefined();
    }
  });
});

describe('the first-run question', () => {
  it('has the same words in Indonesian and English, and names both folders', () => {
    const keys = (words: object): string[] =>
      Object.entries(words).flatMap(([key, value]) =>
        typeof value === 'object' ? keys(value as object).map((inner) => `${key}.${inner}`) : [key],
      );
    expect(keys(dataLocationWords.en).sort()).toEqual(keys(dataLocationWords.id).sort());
    const id = dataLocationDialog('id', 'join', { shared, own });
    expect(id.options.buttons).toEqual(['Gunakan data bersama', 'Data terpisah untuk akun ini', 'Keluar']);
    expect(id.options.detail).toContain(shared);
    expect(id.options.detail).toContain(own);
    expect(id.options.detail).not.toContain('{');
    const en = dataLocationDialog('en', 'join', { shared, own });
    expect(en.options.title).toBe("Where are the office's records kept?");
    expect(en.options.detail).toContain(shared);
    const bring = dataLocationDialog('en', 'bring', { shared, own });
    expect(bring.options.buttons).toEqual(['Copy to the shared data', "Keep this account's data", 'Quit']);
    expect(bring.options.detail).toContain(`records in ${own}`);
    expect(bring.options.detail).toContain(`shared data in ${shared} is still empty`);
  });

  it('says in both languages, with the folder and the reason, when the records could not be brought', () => {
    for (const words of [dataLocationWords.id, dataLocationWords.en]) {
      expect(words.bringFailed).toContain('{shared}');
      expect(words.bringFailed).toContain('{reason}');
    }
  });

  it('offers the shared data first, and quits on Escape', () => {
    const { options, answer } = dataLocationDialog('id', 'bring', { shared, own });
    expect(answer(options.defaultId)).toBe('shared');
    expect(answer(1)).toBe('own');
    expect(answer(options.cancelId)).toBe('quit');
    expect(answer(7)).toBe('quit');
  });
});
