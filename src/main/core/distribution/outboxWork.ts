import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { systemActor, type Writer, type WriteScope } from '../kernel/writeScope';
import type { StatementHooks } from '../statements/statementHooks';
import { releaseIfApproved } from '../statements/release';
import { backoffDelay, type BackoffPolicy } from './backoff';
import { settleJobs } from './jobState';
import { claimable, type OutboxSql } from './outboxSql';
import type { SendFailure } from './smtpErrors';

/*
 * The sender's writes, each a short write of its own (the SMTP conversation happens outside any):
 * waking scheduled and resumable jobs, pausing jobs whose statement changed, expiring retries past
 * the deadline, claiming due rows, recording results, and recovering rows in flight at a crash.
 */

/** What the sender's writes work on. */
export interface OutboxContext {
  db: Kysely<Database>;
  sqlite: BetterSqlite3.Database;
  sql: OutboxSql;
  write: Writer;
  hooks: StatementHooks;
  /** Tells the views a job moved (after the write commits). */
  progress: (distributionId: string) => void;
}

export interface Claimed {
  id: string;
  distributionId: string;
  name: string | null;
  address: string;
  messageId: string;
  attempts: number;
}

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
    : (ctx.sqlite
        .prepare(`select distinct distribution_id from outbox where address is null and status in ${claimable}`)
        .pluck()
        .all() as string[]);
  if (erased.length > 0) {
    await ctx.write(systemActor, async (scope) => {
      ctx.sqlite
        .prepare(
          `update outbox set status = 'cancelled', reason = 'erased', updated_at = ? where address is null and status in ${claimable}`,
        )
        .run(nowIso);
      await settleJobs(scope, erased, nowIso, ctx.hooks);
    });
  }
  const expired = ctx.sql.expiredRows.all(nowIso) as { id: string; distribution_id: string }[];
  if (expired.length === 0) return;
  const jobs = [...new Set(expired.map((row) => row.distribution_id))];
  await ctx.write(systemActor, async (scope) => {
    for (const row of expired) ctx.sql.expireRow.run(nowIso, row.id);
    await settleJobs(scope, jobs, nowIso, ctx.hooks);
    scope.afterCommit(() => jobs.forEach((id) => ctx.progress(id)));
  });
}

/** Marks up to `limit` due rows `sending` (a crisis release's first) and returns them. */
export async function claim(ctx: OutboxContext, limit: number, nowIso: string): Promise<Claimed[]> {
  return ctx.write(systemActor, async () => {
    const rows: Claimed[] = [];
    for (const query of [ctx.sql.priorityDueRows, ctx.sql.dueRows]) {
      for (const status of ctx.sql.claimOrder) {
        if (rows.length >= limit) break;
        const batch = query.all(status, nowIso, limit - rows.length) as Claimed[];
        // Marked at once, so the ordinary walk after the priority one does not find them again.
        for (const row of batch) {
          ctx.sql.markSending.run(nowIso, nowIso, row.id);
          row.attempts += 1;
        }
        rows.push(...batch);
      }
    }
    return rows;
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
    const jobRows = ctx.sqlite
      .prepare(
        `select id, status, deadline_at, created_by, statement_id from distribution where id in (${[...jobs].map(() => '?').join(',')})`,
      )
      .all(...jobs) as {
      id: string;
      status: string;
      deadline_at: string;
      created_by: string;
      statement_id: string | null;
    }[];
    const jobById = new Map(jobRows.map((job) => [job.id, job]));
    const { sent, failed, retry, requeue, touched } = ctx.sql;
    const pauses = new Map<string, SendFailure>();
    /** Per job, when the server first accepted one of its messages in this batch. */
    const firstAccepted = new Map<string, number>();
    for (const { row, outcome, finishedAt } of batch) {
      const job = jobById.get(row.distributionId);
      if (outcome.kind === 'sent') {
        sent.run(iso(finishedAt), outcome.reply.slice(0, 1000), at, row.id);
        touched.run(iso(finishedAt), row.id);
        const first = firstAccepted.get(row.distributionId);
        if (first === undefined || finishedAt < first) firstAccepted.set(row.distributionId, finishedAt);
        continue;
      }
      if (outcome.outcome === 'fail') {
        failed.run(outcome.reason, outcome.detail, at, row.id);
      } else if (outcome.outcome === 'pause') {
        // The server could not be used: nobody was tried, the row waits for the job to resume.
        requeue.run(outcome.reason, outcome.detail, at, row.id);
        pauses.set(row.distributionId, outcome);
      } else {
        const next = finishedAt + backoffDelay(row.attempts, policy.backoff);
        const cancelled = job?.status === 'cancelled';
        const late = job ? iso(next) > job.deadline_at : false;
        if (cancelled) retry.run('cancelled', outcome.reason, outcome.detail, iso(next), at, row.id);
        else if (late) failed.run('deadlineExpired', outcome.detail, at, row.id);
        else retry.run('retry', outcome.reason, outcome.detail, iso(next), at, row.id);
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

/** Rows in flight when the last process died: their fate is unknown, so they are sent again. */
export async function recover(ctx: OutboxContext, at: string): Promise<void> {
  await ctx.write(systemActor, async (w) => {
    const stuck = ctx.sqlite
      .prepare(
        `select distribution_id as id, count(*) as n from outbox where status = 'sending' group by distribution_id`,
      )
      .all() as { id: string; n: number }[];
    if (stuck.length === 0) return;
    ctx.sqlite
      .prepare(`update outbox set status = 'unknown', reason = null, updated_at = ? where status = 'sending'`)
      .run(at);
    for (const job of stuck) {
      await w.audit('distribution.recovered', 'distribution', job.id, { unknown: job.n }, null);
    }
  });
}
