import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../../../test/tempDir';
import { openStore } from '../store';
import { migrations } from './index';
import { insertAccount } from '../../../../../test/migrationRows';

const at = '2026-11-01T00:00:00.000Z';

describe('migration 0009_conferences', () => {
  const tempDir = useTempDirs();

  it('keeps every distribution and outbox row while the job table learns a second kind', async () => {
    const dataDir = tempDir();
    const v8 = await openStore({ dataDir, migrations: migrations.slice(0, 8) });
    const run = (query: string, ...values: unknown[]) => v8.connection.sqlite.prepare(query).run(...values);
    insertAccount(v8.connection.sqlite, at);
    run(
      `insert into statement (id, number, kind, language, status, title, summary, tags_json, embargo_at, embargo_zone,
         author_id, current_revision_id, revision_no, chain_json, corrects_id, correction_mode, withdrawn_reason,
         created_at, updated_at, released_at)
       values ('s1', '001', 'press_release', 'id', 'released', 'Judul', '', '[]', null, null, 'a1', 'r1', 1, '[]',
         null, null, null, ?, ?, ?)`,
      at,
      at,
      at,
    );
    run(
      `insert into statement_revision (id, statement_id, revision_no, author_id, base_revision_id, content_json, hash, created_at)
       values ('r1', 's1', 1, 'a1', null, '{}', 'h', ?)`,
      at,
    );
    run(
      `insert into distribution (id, request_id, statement_id, revision_id, revision_hash, channels_json, attachment,
         audience_json, status, not_before, deadline_at, recipient_count, created_by, created_at, updated_at, completed_at)
       values ('d1', 'q1', 's1', 'r1', 'h', '["email"]', 'pdf', '{}', 'completed', ?, ?, 2, 'a1', ?, ?, ?)`,
      at,
      at,
      at,
      at,
      at,
    );
    for (const id of ['o1', 'o2']) {
      run(
        `insert into outbox (id, distribution_id, contact_id, recipient_name, address, status, attempts, next_attempt_at,
           message_id, updated_at) values (?, 'd1', null, 'Siti', ?, 'sent', 1, ?, ?, ?)`,
        id,
        `${id}@media.test`,
        at,
        `<${id}.d1@x>`,
        at,
      );
    }
    await v8.close();

    const v9 = await openStore({ dataDir, migrations: migrations.slice(0, 9) });
    try {
      expect(v9.migration).toMatchObject({ fromVersion: 8, toVersion: 9 });
      const { sqlite } = v9.connection;
      expect(sqlite.prepare(`select id, kind, statement_id, attachment, status from distribution`).all()).toEqual([
        { id: 'd1', kind: 'statement', statement_id: 's1', attachment: 'pdf', status: 'completed' },
      ]);
      expect(sqlite.prepare(`select count(*) from outbox where distribution_id = 'd1'`).pluck().get()).toBe(2);
      expect(sqlite.pragma('foreign_key_check')).toEqual([]);
      const outboxSql = sqlite.prepare(`select sql from sqlite_master where name = 'outbox'`).pluck().get() as string;
      expect(outboxSql).toMatch(/references "?distribution"? ?\("?id"?\)/i);
      expect(sqlite.prepare(`select count(*) from sqlite_master where name like '%_next'`).pluck().get()).toBe(0);
      // The outbox still points at the rebuilt table: a row for a job that does not exist is refused.
      expect(() =>
        sqlite
          .prepare(
            `insert into outbox (id, distribution_id, status, attempts, next_attempt_at, message_id, updated_at)
             values ('o3', 'nope', 'queued', 0, ?, '<o3>', ?)`,
          )
          .run(at, at),
      ).toThrow(/FOREIGN KEY/);
      // An invitation job names its conference; a statement job its revision.
      expect(() =>
        sqlite
          .prepare(
            `insert into distribution (id, request_id, kind, channels_json, attachment, audience_json, status, not_before,
               deadline_at, recipient_count, created_by, created_at, updated_at)
             values ('d2', 'q2', 'invitation', '[]', 'none', '{}', 'sending', ?, ?, 0, 'a1', ?, ?)`,
          )
          .run(at, at, at, at),
      ).toThrow(/CHECK/);
      expect(() =>
        sqlite
          .prepare(
            `insert into conference (id, title, kind, status, starts_at, ends_at, zone, venue_mode, venue_name,
               venue_address, online_link, agenda_json, key_messages, notes, ics_uid, sequence, created_by, created_at, updated_at)
             values ('c1', 'Konferensi', 'press_conference', 'planned', ?, ?, 'Asia/Makassar', 'physical', 'Aula', '', '',
               '[]', '', '', 'u1', 0, 'a1', ?, ?)`,
          )
          .run('2026-12-01T03:00:00.000Z', '2026-12-01T02:00:00.000Z', at, at),
      ).toThrow(/CHECK/);
    } finally {
      await v9.close();
    }
  });
});
