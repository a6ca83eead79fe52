import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../../test/tempDir';
import { backupDatabase, sha256OfFile, verifyDatabaseFile } from './backup';
import { openStore } from './store';

describe('backupDatabase', () => {
  const tempDir = useTempDirs();

  it('copies a live store, verifies it and reports its hash', async () => {
    const store = await openStore({ dataDir: tempDir() });
    const out = join(tempDir(), 'nested', 'copy.sqlite');
    try {
      for (let i = 0; i < 50; i++) {
        await store.connection.db
          .insertInto('preference')
          .values({ key: `k${i}`, value_json: String(i), updated_at: 'x' })
          .execute();
      }
      const result = await backupDatabase(store.connection.sqlite, out);
      expect(result.integrity.ok).toBe(true);
      expect(result.sha256).toBe(await sha256OfFile(out));
      expect(result.bytes).toBeGreaterThan(0);
      expect(existsSync(`${out}.partial`)).toBe(false);
      expect(verifyDatabaseFile(out).ok).toBe(true);
    } finally {
      await store.close();
    }
  });

  it('verification catches a damaged file', async () => {
    const store = await openStore({ dataDir: tempDir() });
    const out = join(tempDir(), 'copy.sqlite');
    try {
      for (let i = 0; i < 400; i++) {
        await store.connection.db
          .insertInto('preference')
          .values({ key: `key-${i}`, value_json: JSON.stringify('x'.repeat(50)), updated_at: 'x' })
          .execute();
      }
      await backupDatabase(store.connection.sqlite, out);
    } finally {
      await store.close();
    }
    // Scribble over the middle of the b-tree pages (not the header), as a bad disk would.
    const bytes = readFileSync(out);
    for (let i = 4096 * 2; i < 4096 * 2 + 512; i++) bytes[i] = 0xff - (bytes[i] ?? 0);
    writeFileSync(out, bytes);
    let report;
    try {
      report = verifyDatabaseFile(out);
    } catch (error) {
      // SQLite may refuse the file outright; that is a failed verification too.
      report = { ok: false, error };
    }
    expect(report.ok).toBe(false);
  });
});
