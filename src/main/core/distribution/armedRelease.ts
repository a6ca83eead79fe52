import type { DistributionChannel } from '../../../shared/distribution/vocabulary';
import type { ReleaseAudience } from '../../../shared/ipc/releasePlan';
import { rolesAllow } from '../../../shared/permissions';
import type { SessionActor } from '../kernel/context';
import { conflict, CoreError, notFound } from '../kernel/errors';
import { newId } from '../kernel/ids';
import type { WriteScope } from '../kernel/writeScope';
import { officeToday } from '../office/officeToday';
import { armedReleasesAllowed } from '../statements/chainRepository';
import { findStatementRow } from '../statements/statementRepository';
import { createReleaseJob, type ReleaseContext } from './releaseJobs';
import {
  crisisAudienceOf,
  crisisReleaseChannels,
  planBlocked,
  readReleasePlan,
  writeReleasePlan,
  type PlanChoice,
} from './releasePlan';

/**
 * An armed release: what will be sent the moment a statement is finally approved, chosen by the
 * drafter beforehand so the approval itself releases it (the golden hour has no room for a second
 * desk visit).
 */

/**
 * Arms (or disarms) the release of a statement not yet approved. Refused once an approver has
 * decided in this round: what they approved included what would be sent.
 */
export async function armRelease(
  w: WriteScope<SessionActor>,
  input: { statementId: string; plan: PlanChoice | null },
  today: string,
): Promise<void> {
  const { trx } = w;
  const row = await findStatementRow(trx, input.statementId);
  if (!row) throw notFound('statement', input.statementId);
  if (!['draft', 'changes_requested', 'in_review'].includes(row.status)) {
    throw conflict('statementWrongStatus', `Statement is ${row.status}`, { status: row.status });
  }
  const decided = await trx
    .selectFrom('statement_approval')
    .select('id')
    .where('statement_id', '=', row.id)
    .where('voided_at', 'is', null)
    .executeTakeFirst();
  if (decided) throw conflict('releaseAfterDecision', 'An approver has already decided on this round');
  if (input.plan && !(await armedReleasesAllowed(trx))) {
    throw conflict('armedReleasesOff', 'This office distributes separately after approval');
  }
  if (input.plan) {
    const blocked = await planBlocked(trx, input.plan, today);
    if (blocked) throw conflict(blocked, 'This release cannot be sent');
  }
  await writeReleasePlan(w, row.id, input.plan);
  w.emit('statements.changed', { statementId: row.id });
}

/**
 * A statement written for a crisis is armed at once with the audience the crisis chose, when the
 * drafter may distribute and it can go (a mail server, somebody reachable); otherwise it is left
 * for the drafter to arm or distribute by hand.
 */
async function armForCrisis(w: WriteScope<SessionActor>, statementId: string): Promise<void> {
  const { trx, actor } = w;
  const audience = await crisisAudienceOf(trx, statementId);
  if (!audience || !rolesAllow(actor.roles, 'distribution.send') || !(await armedReleasesAllowed(trx))) return;
  const plan = { channels: crisisReleaseChannels, audience, attachment: 'pdf' as const };
  if (await planBlocked(trx, plan, await officeToday(trx, w.now))) return;
  await writeReleasePlan(w, statementId, plan);
}

/**
 * The final approval sends the release armed on the statement, in its own write: the job exists
 * the moment the statement is approved. If it cannot go (the mail server was removed, everybody
 * chosen opted out since), the approval stands and the plan says why; a person distributes by hand.
 */
async function sendArmedRelease(w: WriteScope<SessionActor>, ctx: ReleaseContext, statementId: string) {
  const { trx } = w;
  const plan = await trx
    .selectFrom('release_plan')
    .selectAll()
    .where('statement_id', '=', statementId)
    .where('distribution_id', 'is', null)
    .executeTakeFirst();
  if (!plan) return;
  const choice: PlanChoice = {
    channels: JSON.parse(plan.channels_json) as DistributionChannel[],
    audience: JSON.parse(plan.audience_json) as ReleaseAudience,
    attachment: plan.attachment,
  };
  const block = (reason: string) =>
    trx.updateTable('release_plan').set({ blocked_reason: reason }).where('statement_id', '=', statementId).execute();
  // Armed before the office turned arming off: not sent by itself, the desk distributes.
  if (!(await armedReleasesAllowed(trx))) {
    await block('armedReleasesOff');
    return;
  }
  const statement = await trx
    .selectFrom('statement')
    .select('current_revision_id')
    .where('id', '=', statementId)
    .executeTakeFirstOrThrow();
  let jobId: string;
  try {
    jobId = await createReleaseJob(
      w,
      ctx,
      {
        requestId: newId(),
        statementId,
        revisionId: statement.current_revision_id,
        channels: choice.channels,
        audience: choice.audience,
        attachment: choice.attachment,
        sendAt: null,
      },
      await officeToday(trx, w.now),
    );
  } catch (error) {
    // createReleaseJob refuses these before it writes anything: the approval stands, the plan says why.
    const reason = error instanceof CoreError ? error.details?.reason : undefined;
    if (reason !== 'smtpNotConfigured' && reason !== 'noRecipients') throw error;
    await block(reason);
    return;
  }
  await trx
    .updateTable('release_plan')
    .set({ distribution_id: jobId, blocked_reason: null })
    .where('statement_id', '=', statementId)
    .execute();
}

/** Joins armed releases to a statement's life (called once when the core is assembled). */
export function joinArmedReleases(ctx: ReleaseContext): void {
  ctx.hooks.releasePlanOf = readReleasePlan;
  ctx.hooks.joinedCrisis.push(armForCrisis);
  ctx.hooks.finallyApproved.push((w, statementId) => sendArmedRelease(w, ctx, statementId));
}
