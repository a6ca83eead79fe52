import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { dialectOf } from '../db/dialect';
import type { OutboxStatus } from '../../../shared/distribution/vocabulary';

/**
 * The sender's SQL, in Kysely so the embedded file and the office server run the same queries.
 * Every function takes the write's transaction where it changes rows.
 */

type Db = Kysely<Database>;

/** Outbox rows a pass may claim. */
export const claimable: OutboxStatus[] = ['queued', 'retry', 'unknown'];

/**
 * One indexed walk per status (outbox_due is (status, next_attempt_at)): no sort of every waiting
 * row on each claim. Rows that may already have arrived (unknown) go first.
 */
export const claimOrder = ['unknown', 'retry', 'queued'] as const;

export interface DueRow {
  id: string;
  distributionId: string;
  name: string | null;
  address: string;
  messageId: string;
  attempts: number;
}

const dueColumns = [
  'o.id',
  'o.distribution_id as distributionId',
  'o.recipient_name as name',
  'o.address',
  'o.message_id as messageId',
  'o.attempts',
] as const;

/**
 * Up to `limit` rows in `status` due at `nowIso`, of jobs that are sending; with `priority`, only
 * crisis releases' (priority > 0), highest first — driven from the job (a cross join, which SQLite
 * never reorders), so the walk does not wade through a large ordinary job's rows to find them. On
 * the office server the rows are locked for the claiming write and rows another desk is claiming
 * are skipped, so no message is claimed twice.
 */
export async function dueRows(
  trx: Db,
  status: (typeof claimOrder)[number],
  nowIso: string,
  limit: number,
  priority: boolean,
): Promise<DueRow[]> {
  const base = priority
    ? trx
        .selectFrom('distribution as d')
        .crossJoin('outbox as o')
        .whereRef('o.distribution_id', '=', 'd.id')
        .where('d.priority', '>', 0)
        .orderBy('d.priority', 'desc')
    : trx.selectFrom('outbox as o').innerJoin('distribution as d', 'd.id', 'o.distribution_id');
  const rows = await base
    .select(dueColumns)
    .where('d.status', '=', 'sending')
    .where('o.status', '=', status)
    .where('o.next_attempt_at', '<=', nowIso)
    .where('o.address', 'is not', null)
    .orderBy('o.next_attempt_at')
    .limit(limit)
    .$if(dialectOf(trx) === 'postgres', (query) => query.forUpdate('o').skipLocked())
    .execute();
  return rows as DueRow[];
}

/** Marks claimed rows `sending`, counting the attempt. */
export async function markSending(trx: Db, ids: readonly string[], nowIso: string): Promise<void> {
  if (ids.length === 0) return;
  await trx
    .updateTable('outbox')
    .set((eb) => ({ status: 'sending', attempts: eb('attempts', '+', 1), last_attempt_at: nowIso, updated_at: nowIso }))
    .where('id', 'in', ids)
    .execute();
}

/** Retries whose job's deadline has passed (at most 1,000 a pass). */
export function expiredRetries(db: Db, nowIso: string) {
  return db
    .selectFrom('outbox as o')
    .innerJoin('distribution as d', 'd.id', 'o.distribution_id')
    .select(['o.id', 'o.distribution_id'])
    .where('o.status', '=', 'retry')
    .where('d.deadline_at', '<=', nowIso)
    .limit(1000)
    .execute();
}

export async function expireRetries(trx: Db, ids: readonly string[], nowIso: string): Promise<void> {
  if (ids.length === 0) return;
  await trx
    .updateTable('outbox')
    .set({ status: 'failed', reason: 'deadlineExpired', updated_at: nowIso })
    .where('id', 'in', ids)
    .where('status', '=', 'retry')
    .execute();
}

/** One recipient's message accepted: the row, and the contact's "last contacted". */
export async function markSent(trx: Db, id: string, sentAt: string, reply: string, at: string): Promise<void> {
  await trx
    .updateTable('outbox')
    .set({ status: 'sent', sent_at: sentAt, reply, reason: null, updated_at: at })
    .where('id', '=', id)
    .execute();
  await trx
    .updateTable('contact')
    .set({ last_contacted_at: sentAt })
    .where('id', '=', (eb) => eb.selectFrom('outbox').select('contact_id').where('outbox.id', '=', id))
    .execute();
}

export async function markFailed(trx: Db, id: string, reason: string, reply: string | null, at: string): Promise<void> {
  await trx
    .updateTable('outbox')
    .set({ status: 'failed', reason, reply, updated_at: at })
    .where('id', '=', id)
    .execute();
}

/** Tried again at `nextAt` (`retry`), or left `cancelled` when its job was cancelled meanwhile. */
export async function markRetry(
  trx: Db,
  id: string,
  status: 'retry' | 'cancelled',
  reason: string,
  reply: string | null,
  nextAt: string,
  at: string,
): Promise<void> {
  await trx
    .updateTable('outbox')
    .set({ status, reason, reply, next_attempt_at: nextAt, updated_at: at })
    .where('id', '=', id)
    .execute();
}

/** The server could not be used: nobody was tried, the row waits (its attempt not counted). */
export async function requeue(trx: Db, id: string, reason: string, reply: string | null, at: string): Promise<void> {
  await trx
    .updateTable('outbox')
    .set((eb) => ({ status: 'queued', attempts: eb('attempts', '-', 1), reason, reply, updated_at: at }))
    .where('id', '=', id)
    .execute();
}

/** When the sender must look again: the next due row, scheduled job, automatic resume or deadline. */
export async function nextDueAt(db: Db): Promise<string | null> {
  const result = await sql<{ at: string | null }>`select min(at) as at from (
      select min(o.next_attempt_at) as at from outbox o join distribution d on d.id = o.distribution_id
        where o.status in ('queued', 'retry', 'unknown') and d.status = 'sending' and o.address is not null
      union all select min(not_before) from distribution where status = 'scheduled'
      union all select min(resume_at) from distribution where status = 'paused' and resume_at is not null
      union all select min(deadline_at) from distribution where status = 'sending') as due`.execute(db);
  return result.rows[0]?.at ?? null;
}

/** What the sender needs of a job to build its messages. */
export function jobForSending(db: Db, id: string) {
  return db
    .selectFrom('distribution')
    .select(['kind', 'statement_id', 'revision_id', 'revision_hash', 'attachment', 'payload_json'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}

/** When the messages of the last `since` were tried, to seed the rate limiter after a restart. */
export async function attemptsSince(db: Db, since: string): Promise<string[]> {
  const rows = await db
    .selectFrom('outbox')
    .select('updated_at')
    .where('last_attempt_at', 'is not', null)
    .where('updated_at', '>=', since)
    .where('status', 'in', ['sent', 'failed', 'retry'])
    .execute();
  return rows.map((row) => row.updated_at);
}

/** A rate limit of the office's mail server: `count` messages in any `windowMs`. */
export interface RateLimit {
  count: number;
  windowMs: number;
}

/**
 * How many more messages the whole office may hand to the mail server now, counted from the
 * outbox every desk writes to: rows in flight anywhere hold a slot, and a tried row holds one until
 * a window after its result was recorded (never earlier than the send finished, so the count errs
 * on the safe side). `freeAt`: when a slot frees if none is free (null: only in-flight rows hold
 * them, which free as their results come). Call inside the claiming write, after `lockOfficeRate`.
 */
export async function officeRoom(
  trx: Db,
  limits: readonly RateLimit[],
  nowMs: number,
): Promise<{ room: number; freeAt: number | null }> {
  const inFlight = Number(
    (
      await trx
        .selectFrom('outbox')
        .select((eb) => eb.fn.countAll().as('count'))
        .where('status', '=', 'sending')
        .executeTakeFirstOrThrow()
    ).count,
  );
  let room = Number.POSITIVE_INFINITY;
  let freeAt: number | null = null;
  for (const limit of limits) {
    const since = new Date(nowMs - limit.windowMs).toISOString();
    const tried = await trx
      .selectFrom('outbox')
      .select((eb) => [eb.fn.countAll().as('count'), eb.fn.min('updated_at').as('oldest')])
      .where('last_attempt_at', 'is not', null)
      .where('updated_at', '>=', since)
      .where('status', 'in', ['sent', 'failed', 'retry'])
      .executeTakeFirstOrThrow();
    const free = limit.count - inFlight - Number(tried.count);
    room = Math.min(room, Math.max(0, free));
    if (free <= 0 && tried.oldest) {
      const at = Date.parse(String(tried.oldest)) + limit.windowMs;
      freeAt = freeAt === null ? at : Math.max(freeAt, at);
    }
  }
  return { room, freeAt };
}

/**
 * Serializes the office's claims while limits hold (a transaction-scoped advisory lock on the
 * office server): two desks counting at once would each see the same free slots. The embedded
 * file has one desk, whose own limiter is the office's.
 */
export async function lockOfficeRate(trx: Db): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext('siaga.outbox.rate'))`.execute(trx);
}
