import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../../../test/tempDir';
import { openStore } from '../store';
import { migrations } from './index';
import { insertAccount } from '../../../../../test/migrationRows';

const at = '2026-11-01T00:00:00.000Z';

describe('migration 0010_briefing', () => {
  const tempDir = useTempDirs();

  it('gives existing conferences empty talking points and an empty Q&A choice', async () => {
    const dataDir = tempDir();
    const v9 = await openStore({ dataDir, migrations: migrations.slice(0, 9) });
    const run = (query: string, ...values: unknown[]) => v9.connection.sqlite.prepare(query).run(...values);
    insertAccount(v9.connection.sqlite, at);
    run(
      `insert into conference (id, title, kind, status, starts_at, ends_at, zone, venue_mode, venue_name, venue_address,
         online_link, moderator_id, agenda_json, key_messages, notes, ics_uid, sequence, crisis_id, created_by,
         created_at, updated_at)
       values ('c1', 'Konferensi pers', 'press_conference', 'planned', ?, ?, 'Asia/Jakarta', 'physical', 'Aula', '',
         '', null, '[]', 'Pesan', '', 'c1@siaga', 0, null, 'a1', ?, ?)`,
      at,
      '2026-11-01T01:00:00.000Z',
      at,
      at,
    );
    await v9.close();

    const latest = await openStore({ dataDir, migrations: migrations.slice(0, 10) });
    try {
      const sqlite = latest.connection.sqlite;
      expect(sqlite.prepare(`select key_messages, talking_points from conference`).get()).toEqual({
        key_messages: 'Pesan',
        talking_points: '',
      });
      expect(sqlite.prepare(`select count(*) as n from conference_qa`).get()).toEqual({ n: 0 });
      // The Q&A choice refers to real bank items.
      expect(() =>
        sqlite.prepare(`insert into conference_qa (conference_id, qa_id, position) values ('c1', 'nope', 0)`).run(),
      ).toThrow(/FOREIGN KEY/);
    } finally {
      await latest.close();
    }
  });
});
