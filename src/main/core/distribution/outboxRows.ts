import type BetterSqlite3 from 'better-sqlite3';
import { newId } from '../kernel/ids';
import { messageIdFor } from './mailMessage';

/**
 * One outbox row per recipient, queued for `notBefore`, each with its stable Message-ID. Raw
 * prepared inserts inside the caller's transaction: a job for 10,000 people is one transaction of
 * 10,000 cheap steps.
 */
export function insertOutboxRows(
  sqlite: BetterSqlite3.Database,
  jobId: string,
  recipients: readonly { contactId: string | null; name: string | null; address: string }[],
  fromAddress: string,
  notBefore: string,
  at: string,
): void {
  const insert = sqlite.prepare(
    `insert into outbox (id, distribution_id, contact_id, recipient_name, address, status, attempts,
       next_attempt_at, last_attempt_at, sent_at, message_id, reason, reply, updated_at)
     values (?, ?, ?, ?, ?, 'queued', 0, ?, null, null, ?, null, null, ?)`,
  );
  for (const recipient of recipients) {
    const rowId = newId();
    insert.run(
      rowId,
      jobId,
      recipient.contactId,
      recipient.name,
      recipient.address,
      notBefore,
      messageIdFor(jobId, rowId, fromAddress),
      at,
    );
  }
}
