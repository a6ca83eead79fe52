import type BetterSqlite3 from 'better-sqlite3';

/** Outbox rows a pass may claim. */
export const claimable = `('queued', 'retry', 'unknown')`;

/** The sender's SQL on its hot path, compiled once per store (a 10,000-recipient job makes hundreds of passes). */
export function compileOutboxSql(sqlite: BetterSqlite3.Database) {
  // One indexed walk per status (outbox_due is (status, next_attempt_at)): no sort of every
  // waiting row on each claim. Rows that may already have arrived (unknown) go first.
  const claimOrder = ['unknown', 'retry', 'queued'] as const;
  const dueRows = sqlite.prepare(
    `select o.id, o.distribution_id as distributionId, o.recipient_name as name, o.address, o.message_id as messageId, o.attempts
   from outbox o join distribution d on d.id = o.distribution_id
   where o.status = ? and o.next_attempt_at <= ? and d.status = 'sending' and o.address is not null
   order by o.next_attempt_at limit ?`,
  );
  // A crisis release (priority > 0) goes ahead of everything else waiting: driven from its job,
  // so the walk does not wade through a large ordinary job's rows to find it.
  const priorityDueRows = sqlite.prepare(
    `select o.id, o.distribution_id as distributionId, o.recipient_name as name, o.address, o.message_id as messageId, o.attempts
   from distribution d cross join outbox o on o.distribution_id = d.id
   where d.status = 'sending' and d.priority > 0 and o.status = ? and o.next_attempt_at <= ? and o.address is not null
   order by d.priority desc, o.next_attempt_at limit ?`,
  );
  const markSending = sqlite.prepare(
    `update outbox set status = 'sending', attempts = attempts + 1, last_attempt_at = ?, updated_at = ? where id = ?`,
  );

  const prepared = {
    expiredRows: sqlite.prepare(
      `select o.id, o.distribution_id from outbox o join distribution d on d.id = o.distribution_id
     where o.status = 'retry' and d.deadline_at <= ? limit 1000`,
    ),
    expireRow: sqlite.prepare(
      `update outbox set status = 'failed', reason = 'deadlineExpired', updated_at = ? where id = ? and status = 'retry'`,
    ),
    sent: sqlite.prepare(
      `update outbox set status = 'sent', sent_at = ?, reply = ?, reason = null, updated_at = ? where id = ?`,
    ),
    failed: sqlite.prepare(`update outbox set status = 'failed', reason = ?, reply = ?, updated_at = ? where id = ?`),
    retry: sqlite.prepare(
      `update outbox set status = ?, reason = ?, reply = ?, next_attempt_at = ?, updated_at = ? where id = ?`,
    ),
    requeue: sqlite.prepare(
      `update outbox set status = 'queued', attempts = attempts - 1, reason = ?, reply = ?, updated_at = ? where id = ?`,
    ),
    touched: sqlite.prepare(
      `update contact set last_contacted_at = ? where id = (select contact_id from outbox where id = ?)`,
    ),
    nextDue: sqlite
      .prepare(
        `select min(at) from (
         select min(o.next_attempt_at) as at from outbox o join distribution d on d.id = o.distribution_id
           where o.status in ${claimable} and d.status = 'sending' and o.address is not null
         union all select min(not_before) from distribution where status = 'scheduled'
         union all select min(resume_at) from distribution where status = 'paused' and resume_at is not null
         union all select min(deadline_at) from distribution where status = 'sending')`,
      )
      .pluck(),
  };

  return { claimOrder, dueRows, priorityDueRows, markSending, ...prepared };
}

export type OutboxSql = ReturnType<typeof compileOutboxSql>;
