import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../../../test/tempDir';
import { openStore } from '../store';
import { queryPlan } from '../../../../../test/migrationRows';
import { migrations } from './index';

const at = '2026-11-01T00:00:00.000Z';

describe('migration 0007_contact_paging', () => {
  const tempDir = useTempDirs();

  it('keeps the contacts and pages them from the covering indexes alone', async () => {
    const dataDir = tempDir();
    const v6 = await openStore({ dataDir, migrations: migrations.slice(0, 6) });
    const insert = v6.connection.sqlite.prepare(
      `insert into contact (id, full_name, language, accreditation_number, preferred_channel, notes, active,
         do_not_contact, lawful_basis, data_source, collected_on, consent_record, created_at, updated_at)
       values (?, ?, 'id', '', 'email', '', ?, 0, 'public_task', 'kartu pers', '2026-11-01', '', ?, ?)`,
    );
    for (let index = 0; index < 50; index += 1) insert.run(`c${index}`, `Jurnalis ${index}`, index % 5 ? 1 : 0, at, at);
    await v6.close();

    const v7 = await openStore({ dataDir, migrations: migrations.slice(0, 7) });
    try {
      expect(v7.migration).toMatchObject({ fromVersion: 6, toVersion: 7 });
      const { sqlite } = v7.connection;
      expect(sqlite.prepare('select count(*) as n from contact where active = 1').get()).toEqual({ n: 40 });
      const plan = (query: string) => queryPlan(sqlite, query);
      // A deep page in name order and in update order, active people only: read from the index, no sort.
      expect(plan('select id from contact where active = 1 order by full_name, id limit 100 offset 30')).toMatch(
        /USING COVERING INDEX contact_active_name/,
      );
      expect(plan('select id from contact where active = 1 order by updated_at desc, id desc limit 100')).toMatch(
        /USING COVERING INDEX contact_active_updated/,
      );
      expect(plan('select id from contact where active = 1 order by full_name, id limit 100')).not.toMatch(
        /TEMP B-TREE/,
      );
    } finally {
      await v7.close();
    }
  });
});
