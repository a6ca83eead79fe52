import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

/**
 * What was sent to one person, newest first (the contact page and the personal-data export). It
 * reads the outbox, but the question is about a person: contacts owns it, distribution serves it.
 */
export async function contactHistory(db: Kysely<Database>, contactId: string) {
  const rows = await db
    .selectFrom('outbox')
    .innerJoin('distribution', 'distribution.id', 'outbox.distribution_id')
    .innerJoin('statement', 'statement.id', 'distribution.statement_id')
    .innerJoin('statement_revision', 'statement_revision.id', 'distribution.revision_id')
    .select([
      'distribution.id as distributionId',
      'statement.id as statementId',
      'statement.number as statementNumber',
      'statement.title as statementTitle',
      'statement_revision.revision_no as revisionNo',
      'outbox.status',
      'outbox.address',
      'outbox.sent_at as sentAt',
      'distribution.created_at as createdAt',
    ])
    .where('outbox.contact_id', '=', contactId)
    .orderBy('distribution.created_at', 'desc')
    .limit(500)
    .execute();
  return rows;
}
