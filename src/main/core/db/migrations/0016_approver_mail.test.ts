import { describe, expect, it } from 'vitest';
import { insertAccount, queryPlan } from '../../../../../test/migrationRows';
import { useTempDirs } from '../../../../../test/tempDir';
import { openStore } from '../store';
import { migrations } from './index';

const at = '2026-11-01T00:00:00.000Z';

describe('migration 0016_approver_mail', () => {
  const tempDir = useTempDirs();

  it('keeps every job, outbox row and armed release through the rebuild, and lets the outbox carry notices', async () => {
    const dataDir = tempDir();
    const v15 = await openStore({ dataDir, migrations: migrations.slice(0, 15) });
    const old = v15.connection.sqlite;
    insertAccount(old, at);
    old
      .prepare(
        `insert into statement (id, number, kind, language, status, title, summary, tags_json, embargo_at, embargo_zone,
           author_id, current_revision_id, revision_no, chain_json, corrects_id, correction_mode, withdrawn_reason,
           created_at, updated_at, released_at)
         values ('s1', '001/SP', 'press_release', 'id', 'released', 'Judul', '', '[]', null, null, 'a1', 'r1', 1, '[]',
           null, null, null, ?, ?, ?)`,
      )
      .run(at, at, at);
    old
      .prepare(
        `insert into statement_revision (id, statement_id, revision_no, author_id, base_revision_id, content_json, hash, created_at)
         values ('r1', 's1', 1, 'a1', null, '{}', 'h', ?)`,
      )
      .run(at);
    old
      .prepare(
        `insert into distribution (id, request_id, kind, statement_id, revision_id, revision_hash, channels_json,
           attachment, audience_json, status, not_before, deadline_at, recipient_count, created_by, created_at,
           updated_at, priority)
         values ('d1', 'q1', 'statement', 's1', 'r1', 'h', '["email"]', 'pdf', '{}', 'completed', ?, ?, 2, 'a1', ?, ?, 1)`,
      )
      .run(at, at, at, at);
    const outbox = old.prepare(
      `insert into outbox (id, distribution_id, contact_id, recipient_name, address, status, attempts, next_attempt_at,
         sent_at, message_id, reply, updated_at) values (?, 'd1', null, ?, ?, 'sent', 1, ?, ?, ?, '250 OK', ?)`,
    );
    outbox.run('o1', 'Siti', 'siti@media.test', at, at, '<o1.d1@x>', at);
    outbox.run('o2', 'Budi', 'budi@media.test', at, at, '<o2.d1@x>', at);
    old
      .prepare(
        `insert into release_plan (statement_id, channels_json, audience_json, attachment, armed_by, armed_at, distribution_id)
         values ('s1', '["email"]', '{"listIds":[],"contactIds":[]}', 'pdf', 'a1', ?, 'd1')`,
      )
      .run(at);
    old
      .prepare(
        `insert into office (id, agency_name, unit_name, address, phone, email, website, time_zone,
        default_language, office_hours_json, numbering_pattern, numbering_reset, lockout_minutes, idle_lock_minutes,
        created_at, updated_at)
      values ('o', 'Diskominfo', '', '', '', '', '', 'Asia/Jakarta', 'id', '{}', '{seq}', 'yearly', 15, 15, ?, ?)`,
      )
      .run(at, at);
    await v15.close();

    const latest = await openStore({ dataDir, migrations: migrations.slice(0, 16) });
    try {
      expect(latest.migration).toMatchObject({ fromVersion: 15, toVersion: 16 });
      const sqlite = latest.connection.sqlite;
      expect(sqlite.prepare('select id, kind, status, priority, attachment from distribution').all()).toEqual([
        { id: 'd1', kind: 'statement', status: 'completed', priority: 1, attachment: 'pdf' },
      ]);
      expect(sqlite.prepare('select id, address, message_id, reply from outbox order by id').all()).toEqual([
        { id: 'o1', address: 'siti@media.test', message_id: '<o1.d1@x>', reply: '250 OK' },
        { id: 'o2', address: 'budi@media.test', message_id: '<o2.d1@x>', reply: '250 OK' },
      ]);
      expect(sqlite.prepare('select distribution_id from release_plan').pluck().get()).toBe('d1');
      expect(sqlite.pragma('foreign_key_check')).toEqual([]);
      // The references point at the new table and still hold.
      expect(() =>
        sqlite
          .prepare(
            `insert into outbox (id, distribution_id, status, attempts, next_attempt_at, message_id, updated_at)
             values ('o3', 'nope', 'queued', 0, ?, '<o3>', ?)`,
          )
          .run(at, at),
      ).toThrow(/FOREIGN KEY/);
      // The sender's walk still uses its index.
      expect(
        queryPlan(sqlite, `select id from outbox where status = 'queued' and next_attempt_at <= '${at}'`),
      ).toContain('outbox_due');
      const job = sqlite.prepare(
        `insert into distribution (id, request_id, kind, payload_json, channels_json, attachment, audience_json, status,
           not_before, deadline_at, recipient_count, created_by, created_at, updated_at)
         values (?, ?, 'notice', ?, '["email"]', 'none', '{}', 'sending', ?, ?, 1, 'a1', ?, ?)`,
      );
      // A notice carries its message; without one the job is refused.
      job.run('n1', 'notice:1', '{"subject":"s"}', at, at, at, at);
      expect(() => job.run('n2', 'notice:2', null, at, at, at, at)).toThrow(/CHECK/);
      const notice = sqlite.prepare(
        `insert into approval_notice (id, statement_id, revision_id, round_started_at, step_index, kind, account_id,
           distribution_id, created_at) values (?, 's1', 'r1', ?, 0, 'request', 'a1', ?, ?)`,
      );
      notice.run('an1', at, 'n1', at);
      // Once per round, step, kind and person; a new round may tell them again.
      expect(() => notice.run('an2', at, null, at)).toThrow(/UNIQUE/);
      notice.run('an3', '2026-11-02T00:00:00.000Z', null, at);
      expect(sqlite.prepare('select approval_reminder_minutes, approval_stand_in_minutes from office').get()).toEqual({
        approval_reminder_minutes: 10,
        approval_stand_in_minutes: 20,
      });
    } finally {
      await latest.close();
    }
  });
});
