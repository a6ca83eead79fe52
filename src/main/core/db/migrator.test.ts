import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../../test/tempDir';
import { verifyDatabaseFile } from './backup';
import { migrations, type MigrationDefinition } from './migrations';
import { MigrationFailedError, NewerDatabaseError, readAppliedMigrations } from './migrator';
import { backupDirName, databaseFileIn, openStore } from './store';

const noteMigration: MigrationDefinition = {
  name: '9001_test_note',
  up: async (db: Kysely<unknown>) => {
    await db.schema
      .createTable('test_note')
      .addColumn('id', 'integer', (col) => col.primaryKey())
      .execute();
  },
};

const brokenMigration: MigrationDefinition = {
  name: '9002_test_broken',
  up: async (db: Kysely<unknown>) => {
    await db.schema.createTable('half_done').addColumn('id', 'integer').execute();
    throw new Error('boom');
  },
};

/** A store at the current schema holding one preference row, closed again. */
async function currentStoreWithData(dataDir: string): Promise<string> {
  const store = await openStore({ dataDir });
  await store.connection.db
    .insertInto('preference')
    .values({ key: 'language', value_json: '"en"', updated_at: '2026-11-28T02:00:00.000Z' })
    .execute();
  await store.close();
  return dataDir;
}

describe('migrateStore', () => {
  const tempDir = useTempDirs();

  it('brings a new store to the latest schema without a backup (nothing to protect yet)', async () => {
    const dataDir = tempDir();
    const store = await openStore({ dataDir });
    try {
      expect(store.migration).toEqual({ fromVersion: 0, toVersion: migrations.length });
      expect(await readAppliedMigrations(store.connection.db)).toEqual(migrations.map((m) => m.name));
      expect(existsSync(join(dataDir, backupDirName))).toBe(false);
    } finally {
      await store.close();
    }
  });

  it('is a no-op on a store that is already current', async () => {
    const dataDir = tempDir();
    await (await openStore({ dataDir })).close();
    const again = await openStore({ dataDir });
    try {
      expect(again.migration.fromVersion).toBe(again.migration.toVersion);
      expect(again.migration.backup).toBeUndefined();
    } finally {
      await again.close();
    }
  });

  it('takes and verifies a backup before migrating an existing store, and the backup holds the old data', async () => {
    const dataDir = await currentStoreWithData(tempDir());

    const second = await openStore({
      dataDir,
      migrations: [...migrations, noteMigration],
      now: () => new Date('2026-11-28T03:00:00.000Z'),
    });
    try {
      const backup = second.migration.backup;
      expect(backup).toBeDefined();
      expect(backup?.integrity.ok).toBe(true);
      expect(backup?.file).toContain(`pre-migration-v${migrations.length}-to-v${migrations.length + 1}`);
      expect(readdirSync(join(dataDir, backupDirName))).toEqual([backup?.file.split('/').pop()]);
      expect(verifyDatabaseFile(backup!.file).ok).toBe(true);

      const copy = new BetterSqlite3(backup!.file, { readonly: true });
      expect(copy.prepare('select value_json from preference where key = ?').get('language')).toEqual({
        value_json: '"en"',
      });
      // The backup is of the store before the migration.
      expect(copy.prepare("select count(*) as n from sqlite_master where name = 'test_note'").get()).toEqual({ n: 0 });
      copy.close();
      expect(await readAppliedMigrations(second.connection.db)).toContain('9001_test_note');
    } finally {
      await second.close();
    }
  });

  it('refuses a store written by a newer version and changes nothing', async () => {
    const dataDir = tempDir();
    await (await openStore({ dataDir, migrations: [...migrations, noteMigration] })).close();
    const file = databaseFileIn(dataDir);
    const before = new BetterSqlite3(file).prepare('select name from schema_migration order by name').all();

    const opening = openStore({ dataDir });
    await expect(opening).rejects.toBeInstanceOf(NewerDatabaseError);
    await expect(opening).rejects.toThrow(/newer version of Siaga/);
    const after = new BetterSqlite3(file).prepare('select name from schema_migration order by name').all();
    expect(after).toEqual(before);
    expect(existsSync(join(dataDir, backupDirName))).toBe(false);
  });

  it('rolls a failed migration back completely and keeps the data', async () => {
    const dataDir = await currentStoreWithData(tempDir());

    await expect(
      openStore({ dataDir, migrations: [...migrations, noteMigration, brokenMigration] }),
    ).rejects.toBeInstanceOf(MigrationFailedError);
    const reopened = await openStore({ dataDir });
    try {
      const tables = await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(
        reopened.connection.db,
      );
      const names = tables.rows.map((row) => row.name);
      expect(names).not.toContain('half_done');
      expect(names).not.toContain('test_note');
      expect(await readAppliedMigrations(reopened.connection.db)).toEqual(migrations.map((m) => m.name));
      const row = await reopened.connection.db.selectFrom('preference').selectAll().executeTakeFirst();
      expect(row?.value_json).toBe('"en"');
    } finally {
      await reopened.close();
    }
  });

  it("refuses a store whose migration history is out of this build's order, and changes nothing", async () => {
    const dataDir = tempDir();
    await (await openStore({ dataDir, migrations: [migrations[0]!, noteMigration] })).close();
    // Same names known, but 9001 was applied where this list has 0002.
    const opening = openStore({ dataDir, migrations: [...migrations, noteMigration] });
    await expect(opening).rejects.toBeInstanceOf(MigrationFailedError);
    await expect(opening).rejects.toThrow(/not a prefix/);
    expect(existsSync(join(dataDir, backupDirName))).toBe(false);
  });
});
