import type { Kysely } from 'kysely';
import type { CrisisFacts } from '../../../shared/crises/reportMetrics';
import type { Database } from '../db/schema';
import { notFound } from '../kernel/errors';
import { crisisStatements } from './crisisQueries';

/**
 * Each approval decision with the moment it was asked for: the latest submission of the statement,
 * or the previous step's decision, before it (a step is "asked" when the one before it decides).
 */
export function approvalWaits(
  submissions: readonly { statementId: string; at: string }[],
  decisions: readonly { statementId: string; at: string }[],
): { requestedAt: string; decidedAt: string }[] {
  return decisions.flatMap((decision) => {
    const before = [
      ...submissions.filter((item) => item.statementId === decision.statementId && item.at <= decision.at),
      ...decisions.filter((item) => item.statementId === decision.statementId && item.at < decision.at),
    ]
      .map((item) => item.at)
      .sort();
    const requestedAt = before.at(-1);
    return requestedAt ? [{ requestedAt, decidedAt: decision.at }] : [];
  });
}

/** What happened in a crisis, read from the store, as the report's metrics take it. */
export async function crisisFacts(db: Kysely<Database>, crisisId: string, now: Date): Promise<CrisisFacts> {
  const crisis = await db
    .selectFrom('crisis')
    .select(['first_signal_at', 'closed_at'])
    .where('id', '=', crisisId)
    .executeTakeFirst();
  if (!crisis) throw notFound('crisis', crisisId);
  const statements = await crisisStatements(db, crisisId);
  const ids = statements.map((statement) => statement.id);
  const submissions = ids.length
    ? await db
        .selectFrom('audit_log')
        .select(['entity_id as statementId', 'at'])
        .where('entity_type', '=', 'statement')
        .where('action', '=', 'statement.submitted')
        .where('entity_id', 'in', ids)
        .execute()
    : [];
  const decisions = ids.length
    ? await db
        .selectFrom('statement_approval')
        .select(['statement_id as statementId', 'decided_at as at'])
        .where('statement_id', 'in', ids)
        .orderBy('decided_at')
        .execute()
    : [];
  const jobs = ids.length
    ? await db
        .selectFrom('distribution')
        .leftJoin('outbox', 'outbox.distribution_id', 'distribution.id')
        .select((eb) => [
          'distribution.id',
          'distribution.recipient_count',
          eb.fn.sum<number>(eb.case().when('outbox.status', '=', 'sent').then(1).else(0).end()).as('sent'),
          eb.fn.sum<number>(eb.case().when('outbox.status', '=', 'failed').then(1).else(0).end()).as('failed'),
        ])
        .where('distribution.statement_id', 'in', ids)
        .where('distribution.kind', '=', 'statement')
        .groupBy('distribution.id')
        .execute()
    : [];
  const conferences = await db
    .selectFrom('conference')
    .leftJoin('conference_question', 'conference_question.conference_id', 'conference.id')
    .select((eb) => [
      'conference.id',
      'conference.status',
      eb.fn.count<number>('conference_question.id').as('questions'),
      eb.fn.sum<number>(eb.case().when('conference_question.answer', '!=', '').then(1).else(0).end()).as('answered'),
    ])
    .where('conference.crisis_id', '=', crisisId)
    .groupBy('conference.id')
    .execute();
  const hoaxes = await db
    .selectFrom('hoax')
    .select(['first_seen_at', 'clarified_at'])
    .where('crisis_id', '=', crisisId)
    .where('merged_into_id', 'is', null)
    .execute();
  const checklist = await db
    .selectFrom('crisis_checklist_item')
    .select(['phase', 'done_at'])
    .where('crisis_id', '=', crisisId)
    .execute();
  // Coverage: the stories the feeds found running the crisis's statements (feeds/pickup.ts links them).
  const pickup = ids.length
    ? await db
        .selectFrom('statement_pickup')
        .innerJoin('feed_signal', 'feed_signal.id', 'statement_pickup.signal_id')
        .innerJoin('feed', 'feed.id', 'feed_signal.feed_id')
        .leftJoin('outlet', 'outlet.id', 'feed.outlet_id')
        .select([
          'statement_pickup.statement_id',
          'outlet.name as outlet',
          'feed.name as feed',
          'feed_signal.occurred_at',
          'feed_signal.fetched_at',
        ])
        .where('statement_pickup.statement_id', 'in', ids)
        .execute()
    : [];
  return {
    firstSignalAt: crisis.first_signal_at,
    asOf: crisis.closed_at ?? now.toISOString(),
    statements: statements.map(({ id, kind, releasedAt, nextUpdateAt }) => ({ id, kind, releasedAt, nextUpdateAt })),
    approvals: approvalWaits(submissions, decisions),
    // Time to clarify runs from the first sighting (GLOSSARY: hoax); merged duplicates count once.
    hoaxes: hoaxes.map((hoax) => ({ registeredAt: hoax.first_seen_at, clarifiedAt: hoax.clarified_at })),
    distributions: jobs.map((job) => ({
      recipients: job.recipient_count,
      sent: Number(job.sent ?? 0),
      failed: Number(job.failed ?? 0),
    })),
    conferences: conferences.map((conference) => ({
      held: conference.status === 'done',
      questions: Number(conference.questions),
      answered: Number(conference.answered ?? 0),
    })),
    checklist: checklist.map((item) => ({ phase: item.phase, done: item.done_at !== null })),
    pickup: pickup.map((story) => ({
      statementId: story.statement_id,
      outlet: story.outlet ?? story.feed,
      at: story.occurred_at ?? story.fetched_at,
    })),
  };
}
