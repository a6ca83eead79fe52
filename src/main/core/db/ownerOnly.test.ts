import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTestCore, setUpOffice } from '../../../../test/coreHarness';
import { useTempDirs } from '../../../../test/tempDir';

const modeOf = (path: string) => statSync(path).mode & 0o777;

describe.skipIf(process.platform === 'win32')('file permissions', () => {
  const tempDir = useTempDirs();

  it('keeps the store, its WAL, the backups and their manifests readable by their owner only', async () => {
    const previous = process.umask(0o022);
    try {
      const dataDir = join(tempDir(), 'siaga');
      const test = await openTestCore(dataDir, () => new Date('2026-11-28T02:00:00Z'));
      try {
        if (test.core.store.dialect !== 'sqlite') return;
        const admin = await setUpOffice(test);
        await test.value('backups.take', {}, admin);
        expect(modeOf(dataDir)).toBe(0o700);
        const store = readdirSync(dataDir).filter((name) => name.startsWith('siaga.sqlite'));
        expect(store).toEqual(expect.arrayContaining(['siaga.sqlite', 'siaga.sqlite-wal', 'siaga.sqlite-shm']));
        for (const name of store) expect(modeOf(join(dataDir, name)), name).toBe(0o600);
        const backups = join(dataDir, 'backups');
        expect(modeOf(backups)).toBe(0o700);
        const files = readdirSync(backups);
        expect(files.some((name) => name.endsWith('.manifest.json'))).toBe(true);
        for (const name of files) expect(modeOf(join(backups, name)), name).toBe(0o600);
      } finally {
        await test.core.close();
      }
    } finally {
      process.umask(previous);
    }
  });
});
