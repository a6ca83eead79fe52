import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { systemActor, type Writer, type WriteScope } from '../kernel/writeScope';
import type { StatementHooks } from '../statements/statementHooks';
import { releaseIfApproved } from '../statements/release';
import { backoffDelay, type BackoffPolicy } from './backoff';
import { settleJobs } from './jobState';
import {
  claimable,
  claimOrder,
  dueRows,
  expiredRetries,
  expireRetries,
  lockOfficeRate,
  markFailed,
  markRetry,
  markSending,
  markSent,
  officeRoom,
  requeue,
  type DueRow,
  type RateLimit,
} from './outboxQueries';
import type { SendFailure } from './smtpErrors';

/*
 * The sender's writes, each a short write of its own (the SMTP conversation happens outside any):
 * waking scheduled and resumable jobs, pausing jobs whose statement changed, expiring retries past
 * the deadline, claiming due rows, recording results, and recovering rows in flight at a crash.
 */

/** What the sender's writes work on. */
export interface OutboxContext {
  db: Kysely<Database>;
  write: Writer;
  hooks: StatementHooks;
  /** Tells the views a job moved (after the write commits). */
  progress: (distributionId: string) => void;
}

export type Claimed = DueRow;

export type Outcome = { kind: 'sent'; reply: string } | ({ kind: 'failed' } & SendFailure);

export interface SendResult {
  row: Claimed;
  outcome: Outcome;
  finishedAt: number;
}

/** Statuses in which the approved revision may still go out. */
const sendableStatuses = new Set(['approved', 'released']);

const iso = (ms: number) => new Date(ms).toISOString();

/** Scheduled jobs whose time came, and jobs paused by an unreachable server whose wait is over. */
export async function wakeJobs(ctx: OutboxContext, nowIso: string): Promise<void> {
  const due = await ctx.db
    .selectFrom('distribution')
    .select(['id', 'statement_id', 'status'])
    .where((eb) =>
      eb.or([
        eb.and([eb('status', '=', 'scheduled'), eb('not_before', '<=', nowIso)]),
        eb.and([eb('status', '=', 'paused'), eb('resume_at', 'is not', null), eb('resume_at', '<=', nowIso)]),
      ]),
    )
    .execute();
  if (due.length === 0) return;
  await ctx.write(systemActor, async ({ trx, afterCommit }) => {
    for (const job of due) {
      await trx
        .updateTable('distribution')
        .set({ status: 'sending', pause_reason: null, pause_detail: null, resume_at: null, updated_at: nowIso })
        .where('id', '=', job.id)
        .where('status', '=', job.status)
        .execute();
      afterCommit(() => ctx.progress(job.id));
    }
  });
}

/** Refuses to send a revision that is no longer the approved one: the job stops and says why. */
export async function checkStatements(ctx: OutboxContext, nowIso: string): Promise<void> {
  const stale = await ctx.db
    .selectFrom('distribution')
    .innerJoin('statement', 'statement.id', 'distribution.statement_id')
    .select([
      'distribution.id',
      'distribution.created_by',
      'statement.status',
      'statement.current_revision_id',
      'distribution.revision_id',
    ])
    .where('distribution.status', '=', 'sending')
    .execute();
  const blocked = stale.filter(
    (job) => !sendableStatuses.has(job.status) || job.current_revision_id !== job.revision_id,
  );
  if (blocked.length === 0) return;
  await ctx.write(systemActor, async (w) => {
    for (const job of blocked) {
      await pauseJob(w, job.id, job.created_by, 'statementChanged', `statement ${job.status}`, null, nowIso);
      w.afterCommit(() => ctx.progress(job.id));
    }
  });
}

/** Pauses a sending job by itself (the server, the statement), audited as the app's act for who started it. */
export async function pauseJob(
  w: WriteScope,
  id: string,
  actorId: string | null,
  reason: string,
  detail: string,
  resumeAt: string | null,
  at: string,
): Promise<void> {
  const changed = await w.trx
    .updateTable('distribution')
    .set({
      status: 'paused',
      pause_reason: reason,
      pause_detail: detail.slice(0, 1000),
      resume_at: resumeAt,
      updated_at: at,
    })
    .where('id', '=', id)
    .where('status', '=', 'sending')
    .executeTakeFirst();
  if (Number(changed.numUpdatedRows) === 0) return;
  await w.audit('distribution.paused', 'distribution', id, { reason, automatic: true, resumeAt }, actorId);
}

/** Recipients whose retries ran past the job's deadline fail for good, with the last reply;
 * recipients erased (UU 27/2022) before their message went out are never sent. */
export async function expire(ctx: OutboxContext, nowIso: string, lookForErased: boolean): Promise<void> {
  const erased = !lookForErased
    ? []
    : (
        await ctx.db
          .selectFrom('outbox')
          .select('distribution_id')
          .distinct()
          .where('address', 'is', null)
          .where('status', 'in', claimable)
          .execute()
      ).map((row) => row.distribution_id);
  if (erased.length > 0) {
    await ctx.write(systemActor, async (scope) => {
      await scope.trx
        .updateTable('outbox')
        .set({ status: 'cancelled', reason: 'erased', updated_at: nowIso })
        .where('address', 'is', null)
        .where('status', 'in', claimable)
        .execute();
      await settleJobs(scope, erased, nowIso, ctx.hooks);
    });
  }
  const expired = await expiredRetries(ctx.db, nowIso);
  if (expired.length === 0) return;
  const jobs = [...new Set(expired.map((row) => row.distribution_id))];
  await ctx.write(systemActor, async (scope) => {
    await expireRetries(
      scope.trx,
      expired.map((row) => row.id),
      nowIso,
    );
    await settleJobs(scope, jobs, nowIso, ctx.hooks);
    scope.afterCommit(() => jobs.forEach((id) => ctx.progress(id)));
  });
}

/**
 * Marks up to `limit` due rows `sending` (a crisis release's first) and returns them. `officeLimits`
 * (the office server with rate limits set): the claim also keeps within what every desk together
 * may send, counted under a lock from the shared outbox; `officeFreeAt` says when to look again if
 * that left no room.
 */
export async function claim(
  ctx: OutboxContext,
  limit: number,
  nowIso: string,
  officeLimits: readonly RateLimit[] = [],
): Promise<{ rows: Claimed[]; officeFull: boolean; officeFreeAt: number | null }> {
  return ctx.write(systemActor, async ({ trx }) => {
    const rows: Claimed[] = [];
    let officeFull = false;
    let officeFreeAt: number | null = null;
    if (officeLimits.length > 0) {
      await lockOfficeRate(trx);
      const office = await officeRoom(trx, officeLimits, Date.parse(nowIso));
      officeFull = office.room < limit;
      officeFreeAt = office.freeAt;
      limit = Math.min(limit, office.room);
    }
    for (const priority of [true, false]) {
      for (const status of claimOrder) {
        if (rows.length >= limit) break;
        const batch = await dueRows(trx, status, nowIso, limit - rows.length, priority);
        // Marked at once, so the ordinary walk after the priority one does not find them again.
        await markSending(
          trx,
          batch.map((row) => row.id),
          nowIso,
        );
        for (const row of batch) row.attempts += 1;
        rows.push(...batch);
      }
    }
    return { rows, officeFull, officeFreeAt };
  });
}

/**
 * Records a batch of send results in one write: each row's new state, pauses for a server that
 * could not be used, the statement released at its first accepted message, jobs that are done.
 * Returns the jobs completed and whether any paused (the sender then drops its pool).
 */
export async function recordResults(
  ctx: OutboxContext,
  batch: SendResult[],
  policy: { backoff: BackoffPolicy; reconnect: BackoffPolicy; pauseCounts: Map<string, number>; nowMs: number },
): Promise<{ completed: string[]; paused: boolean }> {
  const at = iso(policy.nowMs);
  const { pauseCounts } = policy;
  const jobs = new Set(batch.map((result) => result.row.distributionId));
  return ctx.write(systemActor, async (scope) => {
    const { trx } = scope;
    const jobRows = await trx
      .selectFrom('distribution')
      .select(['id', 'status', 'deadline_at', 'created_by', 'statement_id'])
      .where('id', 'in', [...jobs])
      .execute();
    const jobById = new Map(jobRows.map((job) => [job.id, job]));
    const pauses = new Map<string, SendFailure>();
    /** Per job, when the server first accepted one of its messages in this batch. */
    const firstAccepted = new Map<string, number>();
    for (const { row, outcome, finishedAt } of batch) {
      const job = jobById.get(row.distributionId);
      if (outcome.kind === 'sent') {
        await markSent(trx, row.id, iso(finishedAt), outcome.reply.slice(0, 1000), at);
        const first = firstAccepted.get(row.distributionId);
        if (first === undefined || finishedAt < first) firstAccepted.set(row.distributionId, finishedAt);
        continue;
      }
      if (outcome.outcome === 'fail') {
        await markFailed(trx, row.id, outcome.reason, outcome.detail, at);
      } else if (outcome.outcome === 'pause') {
        // The server could not be used: nobody was tried, the row waits for the job to resume.
        await requeue(trx, row.id, outcome.reason, outcome.detail, at);
        pauses.set(row.distributionId, outcome);
      } else {
        const next = finishedAt + backoffDelay(row.attempts, policy.backoff);
        const cancelled = job?.status === 'cancelled';
        const late = job ? iso(next) > job.deadline_at : false;
        if (cancelled) await markRetry(trx, row.id, 'cancelled', outcome.reason, outcome.detail, iso(next), at);
        else if (late) await markFailed(trx, row.id, 'deadlineExpired', outcome.detail, at);
        else await markRetry(trx, row.id, 'retry', outcome.reason, outcome.detail, iso(next), at);
      }
    }
    for (const [id, failure] of pauses) {
      const job = jobById.get(id);
      const count = (pauseCounts.get(id) ?? 0) + 1;
      pauseCounts.set(id, count);
      const resumeAt =
        failure.reason === 'smtpUnreachable' ? iso(policy.nowMs + backoffDelay(count, policy.reconnect)) : null;
      await pauseJob(scope, id, job?.created_by ?? null, failure.reason, failure.detail, resumeAt, at);
    }
    // The statement is out the moment the first journalist's server accepted it: that is its
    // release time (the golden hour's clock stops there), while the rest are still being sent.
    for (const [id, acceptedAt] of firstAccepted) {
      const job = jobById.get(id);
      if (job?.statement_id) {
        await releaseIfApproved(
          scope,
          job.statement_id,
          { byAccountId: job.created_by, at: iso(acceptedAt), distributionId: id },
          ctx.hooks,
        );
      }
    }
    const completed = await settleJobs(scope, [...jobs], at, ctx.hooks);
    for (const id of completed) pauseCounts.delete(id);
    for (const id of jobs) scope.afterCommit(() => ctx.progress(id));
    return { completed, paused: pauses.size > 0 };
  });
}

/**
 * How long a claim holds on the office server: longer than any one send can take (nodemailer's
 * socket timeout is 10 minutes), so a row still `sending` after this was claimed by a desk that
 * died mid-send, and another desk takes it over.
 */
export const claimLeaseMs = 15 * 60 * 1000;

/**
 * Rows in flight when the process that claimed them died: their fate is unknown, so they are sent
 * again (with the same Message-ID). In the embedded file only this process sends, so at its start
 * every `sending` row is such a row. On the office server other desks send too: only claims older
 * than the lease (`claimedBefore`) are taken over, never a living desk's.
 */
export async function recover(ctx: OutboxContext, at: string, claimedBefore?: string): Promise<void> {
  await ctx.write(systemActor, async (w) => {
    const stuck = await w.trx
      .selectFrom('outbox')
      .select(['distribution_id as id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('status', '=', 'sending')
      .$if(claimedBefore !== undefined, (query) => query.where('last_attempt_at', '<', claimedBefore!))
      .groupBy('distribution_id')
      .execute();
    if (stuck.length === 0) return;
    await w.trx
      .updateTable('outbox')
      .set({ status: 'unknown', reason: null, updated_at: at })
      .where('status', '=', 'sending')
      .$if(claimedBefore !== undefined, (query) => query.where('last_attempt_at', '<', claimedBefore!))
      .execute();
    for (const job of stuck) {
      await w.audit('distribution.recovered', 'distribution', job.id, { unknown: job.n }, null);
    }
  });
}
