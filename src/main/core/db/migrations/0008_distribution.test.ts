import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../../../test/tempDir';
import { openStore } from '../store';
import { migrations } from './index';
import { insertAccount } from '../../../../../test/migrationRows';

describe('migration 0008_distribution', () => {
  const tempDir = useTempDirs();

  it('adds the outbox beside existing contacts; erasing a contact unlinks its outbox rows', async () => {
    const dataDir = tempDir();
    const at = '2026-11-01T00:00:00.000Z';
    const v7 = await openStore({ dataDir, migrations: migrations.slice(0, 7) });
    v7.connection.sqlite
      .prepare(
        `insert into contact (id, full_name, language, accreditation_number, preferred_channel, notes, active,
           do_not_contact, lawful_basis, data_source, collected_on, consent_record, created_at, updated_at)
         values ('c1', 'Siti Aisyah', 'id', '', 'email', '', 1, 0, 'public_task', 'kartu pers', '2026-11-01', '', ?, ?)`,
      )
      .run(at, at);
    await v7.close();

    const v8 = await openStore({ dataDir, migrations: migrations.slice(0, 8) });
    try {
      expect(v8.migration).toMatchObject({ fromVersion: 7, toVersion: 8 });
      const { sqlite } = v8.connection;
      expect(sqlite.prepare('select full_name from contact').pluck().get()).toBe('Siti Aisyah');
      insertAccount(sqlite, at);
      sqlite
        .prepare(
          `insert into statement (id, number, kind, language, status, title, summary, tags_json, embargo_at, embargo_zone,
             author_id, current_revision_id, revision_no, chain_json, corrects_id, correction_mode, withdrawn_reason,
             created_at, updated_at, released_at)
           values ('s1', null, 'press_release', 'id', 'approved', 'Judul', '', '[]', null, null, 'a1', 'r1', 1, '[]',
             null, null, null, ?, ?, null)`,
        )
        .run(at, at);
      sqlite
        .prepare(
          `insert into statement_revision (id, statement_id, revision_no, author_id, base_revision_id, content_json, hash, created_at)
           values ('r1', 's1', 1, 'a1', null, '{}', 'h', ?)`,
        )
        .run(at);
      sqlite
        .prepare(
          `insert into distribution (id, request_id, statement_id, revision_id, revision_hash, channels_json, attachment,
             audience_json, status, not_before, deadline_at, recipient_count, created_by, created_at, updated_at)
           values ('d1', 'q1', 's1', 'r1', 'h', '["email"]', 'none', '{}', 'sending', ?, ?, 1, 'a1', ?, ?)`,
        )
        .run(at, at, at, at);
      const outbox = sqlite.prepare(
        `insert into outbox (id, distribution_id, contact_id, recipient_name, address, status, attempts, next_attempt_at,
           message_id, updated_at) values (?, 'd1', 'c1', 'Siti Aisyah', ?, 'queued', 0, ?, ?, ?)`,
      );
      outbox.run('o1', 'siti@media.test', at, '<o1.d1@x>', at);
      // One row per address per job.
      expect(() => outbox.run('o2', 'siti@media.test', at, '<o2.d1@x>', at)).toThrow(/UNIQUE/);
      expect(() =>
        sqlite
          .prepare(
            `insert into mail_settings (id, host, port, security, username, from_name, from_address,
        reply_to, per_minute, per_day, retry_hours, updated_at) values (2, 'h', 25, 'none', '', '', '', '', null, null, 24, ?)`,
          )
          .run(at),
      ).toThrow(/CHECK/);
      sqlite.prepare(`delete from contact where id = 'c1'`).run();
      expect(sqlite.prepare(`select contact_id from outbox where id = 'o1'`).pluck().get()).toBeNull();
    } finally {
      await v8.close();
    }
  });
});
