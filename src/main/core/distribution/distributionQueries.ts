import type { Kysely } from 'kysely';
import type { DistributionChannel, OutboxStatus } from '../../../shared/distribution/vocabulary';
import type { Distribution, Recipient } from '../../../shared/ipc/distribution';
import type { Database } from '../db/schema';
import type { OutboxRow } from '../db/schema/outbox';
import { notFound } from '../kernel/errors';
import { emptyCounts, outboxCounts } from './jobState';

function jobQuery(db: Kysely<Database>) {
  return db
    .selectFrom('distribution')
    .innerJoin('statement', 'statement.id', 'distribution.statement_id')
    .innerJoin('statement_revision', 'statement_revision.id', 'distribution.revision_id')
    .innerJoin('account', 'account.id', 'distribution.created_by')
    .selectAll('distribution')
    .select([
      'statement.number as statement_number',
      'statement.title as statement_title',
      'statement_revision.revision_no',
      'account.full_name as creator_name',
    ]);
}

type JobRow = Awaited<ReturnType<ReturnType<typeof jobQuery>['executeTakeFirstOrThrow']>>;

async function toDistributions(db: Kysely<Database>, rows: JobRow[]): Promise<Distribution[]> {
  const counts = await outboxCounts(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({
    id: row.id,
    // The inner joins keep statement jobs only: these columns are set for them (a CHECK says so).
    statementId: row.statement_id!,
    statementNumber: row.statement_number,
    statementTitle: row.statement_title,
    revisionNo: row.revision_no,
    revisionHash: row.revision_hash!,
    channels: JSON.parse(row.channels_json) as DistributionChannel[],
    attachment: row.attachment,
    status: row.status,
    pauseReason: row.pause_reason,
    pauseDetail: row.pause_detail,
    resumeAt: row.resume_at,
    notBefore: row.not_before,
    deadlineAt: row.deadline_at,
    createdBy: { id: row.created_by, fullName: row.creator_name },
    createdAt: row.created_at,
    completedAt: row.completed_at,
    total: row.recipient_count,
    counts: counts.get(row.id) ?? emptyCounts(),
  }));
}

export async function readDistribution(db: Kysely<Database>, id: string): Promise<Distribution> {
  const row = await jobQuery(db).where('distribution.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('distribution', id);
  return (await toDistributions(db, [row]))[0]!;
}

/** A statement's distributions, newest first. */
export async function listDistributions(db: Kysely<Database>, statementId: string): Promise<Distribution[]> {
  const rows = await jobQuery(db)
    .where('distribution.statement_id', '=', statementId)
    .orderBy('distribution.created_at', 'desc')
    .execute();
  return toDistributions(db, rows);
}

export function toRecipient(row: OutboxRow): Recipient {
  const open = row.status === 'queued' || row.status === 'retry' || row.status === 'unknown';
  return {
    id: row.id,
    contactId: row.contact_id,
    name: row.recipient_name,
    address: row.address,
    status: row.status,
    attempts: row.attempts,
    lastAttemptAt: row.last_attempt_at,
    nextAttemptAt: open ? row.next_attempt_at : null,
    sentAt: row.sent_at,
    reason: row.reason,
    reply: row.reply,
    messageId: row.message_id,
  };
}

/** One page of a job's recipients: failed first (they need attention), then by name. */
export async function listRecipients(
  db: Kysely<Database>,
  input: { id: string; status: OutboxStatus | null; offset: number; limit: number },
) {
  let query = db.selectFrom('outbox').where('distribution_id', '=', input.id);
  if (input.status) query = query.where('status', '=', input.status);
  const { n } = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await query
    .selectAll()
    .orderBy((eb) => eb.case().when('status', '=', 'failed').then(0).else(1).end())
    .orderBy('recipient_name')
    .orderBy('id')
    .limit(input.limit)
    .offset(input.offset)
    .execute();
  return { items: rows.map(toRecipient), total: Number(n) };
}
