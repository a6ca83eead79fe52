import { isCrisisUpdate } from '../../../shared/statements/workflow';
import type { Kysely } from 'kysely';
import type { CrisisBoard } from '../../../shared/ipc/crises';
import type { Database } from '../db/schema';
import { defaultGoldenHourTargets } from '../../../shared/crises/vocabulary';
import { jsonText } from '../db/portableSql';
import { reusableQuery } from '../db/reusableQuery';
import { crisisSummary } from './crisisQueries';

/** How far back the home view looks for sends that failed. */
const failedSendDays = 7;

const openCrisesQuery = reusableQuery((db: Kysely<Database>, slot: (name: 'now') => string) =>
  db
    .selectFrom('crisis')
    .leftJoin('account', 'account.id', 'crisis.lead_spokesperson_id')
    .selectAll('crisis')
    .select((eb) => [
      'account.full_name as lead_name',
      eb
        .selectFrom('coordination_request')
        .select((inner) => inner.fn.countAll<number>().as('n'))
        .whereRef('coordination_request.crisis_id', '=', 'crisis.id')
        .where('coordination_request.status', '=', 'open')
        .where('coordination_request.due_at', '<', slot('now'))
        .as('overdue_requests'),
      eb
        .selectFrom('crisis_checklist_item')
        .select((inner) => inner.fn.countAll<number>().as('n'))
        .whereRef('crisis_checklist_item.crisis_id', '=', 'crisis.id')
        .as('checklist_total'),
      eb
        .selectFrom('crisis_checklist_item')
        .select((inner) => inner.fn.count<number>('crisis_checklist_item.done_at').as('n'))
        .whereRef('crisis_checklist_item.crisis_id', '=', 'crisis.id')
        .as('checklist_done'),
      eb.selectFrom('office').select('office.golden_hour_json').limit(1).as('golden_hour_json'),
    ])
    .where('crisis.status', '=', 'open')
    .orderBy('crisis.first_signal_at', 'desc')
    .orderBy('crisis.id')
    .limit(500),
);

const releasesQuery = reusableQuery((db: Kysely<Database>) =>
  db
    .selectFrom('crisis_statement')
    .innerJoin('crisis', 'crisis.id', 'crisis_statement.crisis_id')
    .innerJoin('statement', 'statement.id', 'crisis_statement.statement_id')
    .innerJoin('statement_revision', 'statement_revision.id', 'statement.current_revision_id')
    .select([
      'crisis_statement.crisis_id',
      'statement.id',
      'statement.kind',
      'statement.released_at',
      jsonText(db, 'statement_revision.content_json', '$.nextUpdateAt.at').as('next_update_at'),
    ])
    .where('crisis.status', '=', 'open')
    .where('statement.released_at', 'is not', null)
    .orderBy('statement.created_at'),
);

const failedSendsQuery = reusableQuery((db: Kysely<Database>, slot: (name: 'since') => string) =>
  db
    .selectFrom('distribution')
    .innerJoin('outbox', 'outbox.distribution_id', 'distribution.id')
    .leftJoin('statement', 'statement.id', 'distribution.statement_id')
    .leftJoin('conference', 'conference.id', 'distribution.conference_id')
    .select((eb) => [
      'distribution.id',
      'distribution.statement_id',
      'distribution.created_at',
      'statement.title as statementTitle',
      'conference.title as conferenceTitle',
      eb.fn.countAll<number>().as('failed'),
    ])
    .where('outbox.status', '=', 'failed')
    .where('distribution.created_at', '>=', slot('since'))
    // The titles too: PostgreSQL groups only what it is told (the job's own columns follow its id).
    .groupBy(['distribution.id', 'statement.title', 'conference.title'])
    .orderBy('distribution.created_at', 'desc')
    .limit(20),
);

/**
 * The home view's crisis part: every open crisis with what its golden-hour clock needs (the view
 * ticks it every second), and distributions with failed recipients in the last week.
 */
export async function crisisBoard(db: Kysely<Database>, now: Date): Promise<CrisisBoard> {
  const nowIso = now.toISOString();
  // One query for every open crisis with what its card counts (the counts as subqueries the
  // planner answers from their indexes), one for the releases of all of them: the home view asks
  // this every few seconds, so its cost must not grow with one round trip per crisis.
  const rows = await openCrisesQuery(db, { now: nowIso });
  const releases = new Map<string, CrisisBoard['crises'][number]['releases']>();
  if (rows.length > 0) {
    const released = await releasesQuery(db, {});
    for (const row of released) {
      if (!row.released_at || !isCrisisUpdate(row.kind)) continue;
      const list = releases.get(row.crisis_id) ?? [];
      list.push({ statementId: row.id, releasedAt: row.released_at, nextUpdateAt: row.next_update_at ?? null });
      releases.set(row.crisis_id, list);
    }
  }
  const crises = rows.map((row) => ({
    ...crisisSummary(row),
    leadSpokesperson: row.lead_name ?? null,
    goldenHourTargets: row.golden_hour_json
      ? (JSON.parse(row.golden_hour_json) as number[])
      : [...defaultGoldenHourTargets],
    releases: releases.get(row.id) ?? [],
    overdueRequests: Number(row.overdue_requests ?? 0),
    checklist: { done: Number(row.checklist_done ?? 0), total: Number(row.checklist_total ?? 0) },
  }));
  const since = new Date(now.getTime() - failedSendDays * 86_400_000).toISOString();
  const failed = await failedSendsQuery(db, { since });
  return {
    crises,
    failedSends: failed.map((row) => ({
      distributionId: row.id,
      statementId: row.statement_id,
      title: row.statementTitle ?? row.conferenceTitle ?? '',
      failed: Number(row.failed),
      at: row.created_at,
    })),
  };
}
