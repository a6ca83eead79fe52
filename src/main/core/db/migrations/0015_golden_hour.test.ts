import { describe, expect, it } from 'vitest';
import { insertAccount } from '../../../../../test/migrationRows';
import { useTempDirs } from '../../../../../test/tempDir';
import { openStore } from '../store';
import { migrations } from './index';

const at = '2026-11-01T00:00:00.000Z';

describe('migration 0015_golden_hour', () => {
  const tempDir = useTempDirs();

  it('keeps the office chain as the default chain, and gives offices, crises and jobs their new columns', async () => {
    const dataDir = tempDir();
    const v14 = await openStore({ dataDir, migrations: migrations.slice(0, 14) });
    const old = v14.connection.sqlite;
    insertAccount(old, at);
    // An office that had changed its chain to spokesperson, then leader.
    old.prepare('delete from approval_step').run();
    old.prepare(`insert into approval_step (position, role) values (0, 'spokesperson'), (1, 'approver')`).run();
    old
      .prepare(
        `insert into crisis (id, title, type, severity, regions_json, description, first_signal_at, phase, status,
           lead_spokesperson_id, created_by, created_at, updated_at, closed_at)
         values ('k1', 'Banjir', 'natural_disaster', 2, '["34.04"]', '', ?, 'initial', 'open', null, 'a1', ?, ?, null)`,
      )
      .run(at, at, at);
    await v14.close();

    const latest = await openStore({ dataDir, migrations: migrations.slice(0, 15) });
    try {
      const sqlite = latest.connection.sqlite;
      expect(
        sqlite.prepare('select kind, position, roles_json from approval_chain_step order by position').all(),
      ).toEqual([
        { kind: '*', position: 0, roles_json: '["spokesperson"]' },
        { kind: '*', position: 1, roles_json: '["approver"]' },
      ]);
      expect(sqlite.prepare(`select name from sqlite_master where name = 'approval_step'`).all()).toEqual([]);
      // One chain per kind and position.
      expect(() =>
        sqlite.prepare(`insert into approval_chain_step (kind, position, roles_json) values ('*', 0, '[]')`).run(),
      ).toThrow(/UNIQUE/);
      expect(sqlite.prepare('select audience_json from crisis').get()).toEqual({
        audience_json: '{"listIds":[],"contactIds":[]}',
      });
      // A plan belongs to a statement that exists; a stand-in to people who exist.
      expect(() =>
        sqlite
          .prepare(
            `insert into release_plan (statement_id, channels_json, audience_json, attachment, armed_by, armed_at)
             values ('nope', '[]', '{}', 'none', 'a1', ?)`,
          )
          .run(at),
      ).toThrow(/FOREIGN KEY/);
      expect(() =>
        sqlite
          .prepare(
            `insert into approval_stand_in (id, account_id, stand_in_id, starts_at, ends_at, created_by, created_at)
             values ('x', 'a1', 'nobody', ?, ?, 'a1', ?)`,
          )
          .run(at, at, at),
      ).toThrow(/FOREIGN KEY/);
      const columns = (table: string) =>
        (sqlite.prepare(`pragma table_info(${table})`).all() as { name: string }[]).map((column) => column.name);
      expect(columns('distribution')).toContain('priority');
      expect(columns('statement_approval')).toContain('on_behalf_of');
      expect(columns('office')).toContain('city');
    } finally {
      await latest.close();
    }
  });
});
