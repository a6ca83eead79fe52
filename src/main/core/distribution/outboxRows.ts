import type { Transaction } from 'kysely';
import type { Database } from '../db/schema';
import { newId } from '../kernel/ids';
import { messageIdFor } from './mailMessage';

/**
^ * Rows per insert statement: 14 bound values each, 7,000 a statement, stays under SQLite's 32,766 and
 * PostgreSQL's 65,535 parameters, and a job for 10,000 people is 20 statements.
 */
const rowsPerInsert = 500;

/**
 * One outbox row per recipient, queued for `notBefore`, each with its stable Message-ID, inside
 * the caller's write.
 */
export async function insertOutboxRows(
  trx: Transaction<Database>,
  jobId: string,
  recipients: readonly { contactId: string | null; name: string | null; address: string }[],
  fromAddress: string,
  notBefore: string,
  at: string,
): Promise<void> {
  for (let start = 0; start < recipients.length; start += rowsPerInsert) {
    const rows = recipients.slice(start, start + rowsPerInsert).map((recipient) => {
      const id = newId();
      return {
        id,
        distribution_id: jobId,
        contact_id: recipient.contactId,
        recipient_name: recipient.name,
        address: recipient.address,
        status: 'queued' as const,
        attempts: 0,
        next_attempt_at: notBefore,
        last_attempt_at: null,
        sent_at: null,
        message_id: messageIdFor(jobId, id, fromAddress),
        reason: null,
        reply: null,
        updated_at: at,
      };
    });
    await trx.insertInto('outbox').values(rows).execute();
  }
}
