import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../../../test/tempDir';
import { openStore } from '../store';
import { migrations } from './index';

describe('migration 0001_preferences', () => {
  const tempDir = useTempDirs();

  it('creates the preference table from an empty store, keyed by name', async () => {
    const store = await openStore({ dataDir: tempDir(), migrations: migrations.slice(0, 1) });
    try {
      const { db } = store.connection;
      await db
        .insertInto('preference')
        .values({ key: 'language', value_json: '"id"', updated_at: '2026-11-28T00:00:00.000Z' })
        .execute();
      await expect(
        db
          .insertInto('preference')
          .values({ key: 'language', value_json: '"en"', updated_at: '2026-11-28T00:00:00.000Z' })
          .execute(),
      ).rejects.toThrow(/UNIQUE/);
      await expect(
        db
          .insertInto('preference')
          .values({ key: 'x', value_json: null as unknown as string, updated_at: 'now' })
          .execute(),
      ).rejects.toThrow(/NOT NULL/);
    } finally {
      await store.close();
    }
  });
});
