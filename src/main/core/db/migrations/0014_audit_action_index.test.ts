import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../../../test/tempDir';
import { openStore } from '../store';
import { queryPlan } from '../../../../../test/migrationRows';
import { migrations } from './index';

describe('migration 0014_audit_action_index', () => {
  const tempDir = useTempDirs();

  it('keeps the audit trail and answers its action filters from the new index', async () => {
    const dataDir = tempDir();
    const v13 = await openStore({ dataDir, migrations: migrations.slice(0, 13) });
    const insert = v13.connection.sqlite.prepare(
      `insert into audit_log values (?, '2026-11-01T00:00:00.000Z', null, ?, 'statement', 's1', '{}', ?, ?)`,
    );
    for (let seq = 1; seq <= 30; seq += 1) {
      insert.run(seq, seq % 3 ? 'statement.revised' : 'statement.approved', `p${seq - 1}`, `p${seq}`);
    }
    await v13.close();

    const v14 = await openStore({ dataDir, migrations: migrations.slice(0, 14) });
    try {
      expect(v14.migration).toMatchObject({ fromVersion: 13, toVersion: 14 });
      const { sqlite } = v14.connection;
      expect(sqlite.prepare('select count(*) as n from audit_log').get()).toEqual({ n: 30 });
      const plan = (query: string) => queryPlan(sqlite, query);
      expect(plan(`select seq from audit_log where action = 'statement.approved' order by seq desc limit 50`)).toMatch(
        /USING (COVERING )?INDEX audit_log_action/,
      );
      expect(plan('select distinct action from audit_log')).toMatch(/USING COVERING INDEX audit_log_action/);
      // Still append-only: the index changed nothing about the trail's guarantees.
      expect(() => sqlite.prepare('delete from audit_log').run()).toThrow(/append-only/);
    } finally {
      await v14.close();
    }
  });
});
