import type { Kysely } from 'kysely';
import type { AttachmentChoice, DistributionChannel } from '../../../shared/distribution/vocabulary';
import type { ReleaseAudience, ReleasePlan } from '../../../shared/ipc/releasePlan';
import type { Database } from '../db/schema';
import type { SessionActor } from '../kernel/context';
import type { WriteScope } from '../kernel/writeScope';
import { peopleById } from '../statements/statementRepository';
import { officeToday } from '../office/officeToday';
import { resolveAudience } from './audience';

type Db = Kysely<Database>;

/** What an armed release will do (or did), as the approver and the drafter read it. */
export async function readReleasePlan(db: Db, statementId: string, now: Date): Promise<ReleasePlan | null> {
  const row = await db
    .selectFrom('release_plan')
    .selectAll()
    .where('statement_id', '=', statementId)
    .executeTakeFirst();
  if (!row) return null;
  const audience = JSON.parse(row.audience_json) as ReleaseAudience;
  const channels = JSON.parse(row.channels_json) as DistributionChannel[];
  const lists = audience.listIds.length
    ? await db.selectFrom('contact_list').select(['id', 'name']).where('id', 'in', audience.listIds).execute()
    : [];
  // Once sent, the job's own count is the truth; before, who the lists reach now.
  const job = row.distribution_id
    ? await db
        .selectFrom('distribution')
        .select('recipient_count')
        .where('id', '=', row.distribution_id)
        .executeTakeFirst()
    : undefined;
  const recipients =
    job?.recipient_count ??
    (channels.includes('email')
      ? (await resolveAudience(db, audience, await officeToday(db, now))).recipients.length
      : 0);
  const armedBy = (await peopleById(db, [row.armed_by])).get(row.armed_by) ?? { id: row.armed_by, fullName: '?' };
  return {
    channels,
    audience,
    listNames: audience.listIds.flatMap((id) => lists.filter((list) => list.id === id).map((list) => list.name)),
    recipients,
    attachment: row.attachment,
    armedBy,
    armedAt: row.armed_at,
    distributionId: row.distribution_id,
    blocked: row.blocked_reason,
  };
}

/** The audience chosen for the open crisis a statement belongs to (one crisis at most), if any was chosen. */
export async function crisisAudienceOf(db: Db, statementId: string): Promise<ReleaseAudience | null> {
  const row = await db
    .selectFrom('crisis_statement')
    .innerJoin('crisis', 'crisis.id', 'crisis_statement.crisis_id')
    .select('crisis.audience_json')
    .where('crisis_statement.statement_id', '=', statementId)
    .where('crisis.status', '=', 'open')
    .executeTakeFirst();
  if (!row) return null;
  const audience = JSON.parse(row.audience_json) as ReleaseAudience;
  return audience.listIds.length + audience.contactIds.length > 0 ? audience : null;
}

export interface PlanChoice {
  channels: DistributionChannel[];
  audience: ReleaseAudience;
  attachment: AttachmentChoice;
}

/** What a crisis release is armed with unless the drafter changes it: e-mail with the PDF, and the website package. */
export const crisisReleaseChannels: DistributionChannel[] = ['email', 'website'];

/**
 * Why a plan could not be sent now, or null: e-mail needs a mail server and somebody reachable.
 * Checked when the release is armed (so the drafter knows at once) and again by the approval.
 */
export async function planBlocked(db: Db, plan: PlanChoice, today: string): Promise<string | null> {
  if (!plan.channels.includes('email')) return null;
  const mail = await db.selectFrom('mail_settings').select('host').executeTakeFirst();
  if (!mail) return 'smtpNotConfigured';
  const { recipients } = await resolveAudience(db, plan.audience, today);
  return recipients.length === 0 ? 'noRecipients' : null;
}

/** Arms (or, with null, disarms) the release of a statement by the write's person; audited on the statement. */
export async function writeReleasePlan(
  w: WriteScope<SessionActor>,
  statementId: string,
  plan: PlanChoice | null,
): Promise<void> {
  const { trx } = w;
  await trx.deleteFrom('release_plan').where('statement_id', '=', statementId).execute();
  if (!plan) {
    await w.audit('statement.releaseDisarmed', 'statement', statementId);
    return;
  }
  await trx
    .insertInto('release_plan')
    .values({
      statement_id: statementId,
      channels_json: JSON.stringify(plan.channels),
      audience_json: JSON.stringify(plan.audience),
      attachment: plan.channels.includes('email') ? plan.attachment : 'none',
      armed_by: w.actor.accountId,
      armed_at: w.at,
      distribution_id: null,
      blocked_reason: null,
    })
    .execute();
  await w.audit('statement.releaseArmed', 'statement', statementId, {
    channels: plan.channels,
    lists: plan.audience.listIds,
    people: plan.audience.contactIds.length,
  });
}
