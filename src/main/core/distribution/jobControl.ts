import type { DistributionStatus } from '../../../shared/distribution/vocabulary';
import type { SessionActor } from '../kernel/context';
import { conflict, notFound } from '../kernel/errors';
import { lockForChange } from '../db/portableSql';
import type { WriteScope } from '../kernel/writeScope';
import { releaseIfApproved } from '../statements/release';
import { readMailSettingsRow } from './mailSettings';
import { wakeAfterCommit } from './outboxWake';
import { distributableStatement, type ReleaseContext } from './releaseJobs';

/**
 * A person's hand on a running job: pause, resume, cancel, retry the failed. Each is one write,
 * audited with the state it left, and wakes the sender once committed.
 */

interface JobStep {
  w: WriteScope<SessionActor>;
  id: string;
  /** null for an invitation job. */
  statementId: string | null;
}

/** Refuses unless the job is in one of `from`; then its audit event, `work`, and the sender woken. */
async function transition(
  w: WriteScope<SessionActor>,
  ctx: ReleaseContext,
  id: string,
  from: readonly DistributionStatus[],
  action: string,
  work: (step: JobStep) => Promise<void>,
): Promise<void> {
  await lockForChange(w.trx, 'distribution', id);
  const job = await w.trx.selectFrom('distribution').selectAll().where('id', '=', id).executeTakeFirst();
  if (!job) throw notFound('distribution', id);
  if (!from.includes(job.status)) {
    throw conflict('distributionWrongStatus', `Distribution is ${job.status}`, { status: job.status });
  }
  // Audited first, so a release the step causes (a cancelled job that reached people) follows it
  // in the trail; a step that refuses rolls the event back with everything else.
  await w.audit(action, 'distribution', id, { fromStatus: job.status });
  await work({ w, id, statementId: job.statement_id });
  wakeAfterCommit(w, ctx.outbox, id);
}

export function pauseDistribution(w: WriteScope<SessionActor>, ctx: ReleaseContext, id: string) {
  return transition(w, ctx, id, ['sending', 'scheduled'], 'distribution.paused', async () => {
    await w.trx
      .updateTable('distribution')
      .set({ status: 'paused', pause_reason: 'byPerson', pause_detail: null, resume_at: null, updated_at: w.at })
      .where('id', '=', id)
      .execute();
  });
}

/** Resumes a paused job, unless its statement changed since (then a new distribution is needed). */
export function resumeDistribution(w: WriteScope<SessionActor>, ctx: ReleaseContext, id: string) {
  return transition(w, ctx, id, ['paused'], 'distribution.resumed', async ({ statementId }) => {
    const { trx, at } = w;
    const job = await trx
      .selectFrom('distribution')
      .select(['revision_id', 'not_before'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    if (statementId && job.revision_id) await distributableStatement(trx, statementId, job.revision_id);
    await trx
      .updateTable('distribution')
      .set({
        status: job.not_before > at ? 'scheduled' : 'sending',
        pause_reason: null,
        pause_detail: null,
        resume_at: null,
        updated_at: at,
      })
      .where('id', '=', id)
      .execute();
  });
}

/**
 * Cancels what was not sent yet. Whoever got it has it: a cancelled job that reached people
 * still released the statement.
 */
export function cancelDistribution(w: WriteScope<SessionActor>, ctx: ReleaseContext, id: string) {
  return transition(
    w,
    ctx,
    id,
    ['sending', 'scheduled', 'paused'],
    'distribution.cancelled',
    async ({ statementId }) => {
      const { trx, at } = w;
      await trx
        .updateTable('outbox')
        .set({ status: 'cancelled', reason: 'byPerson', updated_at: at })
        .where('distribution_id', '=', id)
        .where('status', 'in', ['queued', 'retry', 'unknown'])
        .execute();
      await trx
        .updateTable('distribution')
        .set({ status: 'cancelled', completed_at: at, updated_at: at, resume_at: null })
        .where('id', '=', id)
        .execute();
      const sent = await trx
        .selectFrom('outbox')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('distribution_id', '=', id)
        .where('status', '=', 'sent')
        .executeTakeFirstOrThrow();
      if (Number(sent.n) > 0 && statementId) {
        await releaseIfApproved(w, statementId, { byAccountId: w.actor.accountId, at, distributionId: id }, ctx.hooks);
      }
    },
  );
}

/** Failed recipients get another chance (after the address was fixed, or the server recovered). */
export function retryFailedRecipients(w: WriteScope<SessionActor>, ctx: ReleaseContext, id: string) {
  return transition(w, ctx, id, ['completed', 'sending', 'paused'], 'distribution.retried', async ({ statementId }) => {
    const { trx, at } = w;
    const job = await trx
      .selectFrom('distribution')
      .select(['revision_id', 'status'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    if (statementId && job.revision_id) await distributableStatement(trx, statementId, job.revision_id);
    const settingsRow = await readMailSettingsRow(trx);
    const failed = await trx
      .updateTable('outbox')
      .set({ status: 'queued', reason: null, next_attempt_at: at, updated_at: at })
      .where('distribution_id', '=', id)
      .where('status', '=', 'failed')
      .where('address', 'is not', null)
      .executeTakeFirst();
    if (Number(failed.numUpdatedRows) === 0)
      throw conflict('nothingToRetry', 'No recipient of this distribution failed');
    const deadline = new Date(Date.parse(at) + (settingsRow?.retry_hours ?? 24) * 3_600_000).toISOString();
    await trx
      .updateTable('distribution')
      .set({
        status: job.status === 'paused' ? 'paused' : 'sending',
        completed_at: null,
        deadline_at: deadline,
        updated_at: at,
      })
      .where('id', '=', id)
      .execute();
  });
}
