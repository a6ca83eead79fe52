import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../../../test/tempDir';
import { openStore } from '../store';
import { migrations } from './index';

describe('migration 0002_office_accounts_audit', () => {
  const tempDir = useTempDirs();

  it('adds office, accounts, sessions and the append-only audit log to a store with data', async () => {
    const dataDir = tempDir();
    const v1 = await openStore({ dataDir, migrations: migrations.slice(0, 1) });
    await v1.connection.db
      .insertInto('preference')
      .values({ key: 'language', value_json: '"en"', updated_at: '2026-11-01T00:00:00.000Z' })
      .execute();
    await v1.close();

    const v2 = await openStore({ dataDir, migrations: migrations.slice(0, 2) });
    try {
      expect(v2.migration).toMatchObject({ fromVersion: 1, toVersion: 2 });
      expect(v2.migration.backup?.integrity.ok).toBe(true);
      const { db, sqlite } = v2.connection;
      expect(await db.selectFrom('preference').select('value_json').execute()).toEqual([{ value_json: '"en"' }]);
      const tables = await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(db);
      expect(tables.rows.map((r) => r.name)).toEqual(
        expect.arrayContaining(['office', 'account', 'account_role', 'session', 'audit_log']),
      );

      sqlite.prepare("insert into audit_log values (1, 'at', null, 'a', 't', 'i', '{}', 'p', 'h')").run();
      expect(() => sqlite.prepare('update audit_log set hash = ? where seq = 1').run('x')).toThrow(/append-only/);
      expect(() => sqlite.prepare('delete from audit_log').run()).toThrow(/append-only/);
      expect(() => sqlite.prepare("insert into account_role values ('no-such-account', 'admin')").run()).toThrow(
        /FOREIGN KEY/,
      );
    } finally {
      await v2.close();
    }
  });
});
