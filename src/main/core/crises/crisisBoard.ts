import { isCrisisUpdate } from '../../../shared/statements/workflow';
import type { Kysely } from 'kysely';
import type { CrisisBoard } from '../../../shared/ipc/crises';
import type { Database } from '../db/schema';
import { crisisStatements, listCrises } from './crisisQueries';
import { goldenHourTargets } from './goldenHourTargets';

/** How far back the home view looks for sends that failed. */
const failedSendDays = 7;

/**
 * The home view's crisis part: every open crisis with what its golden-hour clock needs (the view
 * ticks it every second), and distributions with failed recipients in the last week.
 */
export async function crisisBoard(db: Kysely<Database>, now: Date): Promise<CrisisBoard> {
  const targets = await goldenHourTargets(db);
  const open = await listCrises(db, 'open');
  const nowIso = now.toISOString();
  const crises = await Promise.all(
    open.map(async (crisis) => {
      const row = await db
        .selectFrom('crisis')
        .leftJoin('account', 'account.id', 'crisis.lead_spokesperson_id')
        .select('account.full_name')
        .where('crisis.id', '=', crisis.id)
        .executeTakeFirst();
      const statements = await crisisStatements(db, crisis.id);
      const requests = await db
        .selectFrom('coordination_request')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('crisis_id', '=', crisis.id)
        .where('status', '=', 'open')
        .where('due_at', '<', nowIso)
        .executeTakeFirstOrThrow();
      const checklist = await db
        .selectFrom('crisis_checklist_item')
        .select((eb) => [eb.fn.countAll<number>().as('total'), eb.fn.count<number>('done_at').as('done')])
        .where('crisis_id', '=', crisis.id)
        .executeTakeFirstOrThrow();
      return {
        ...crisis,
        leadSpokesperson: row?.full_name ?? null,
        goldenHourTargets: targets,
        releases: statements.flatMap((statement) =>
          statement.releasedAt && isCrisisUpdate(statement.kind)
            ? [{ statementId: statement.id, releasedAt: statement.releasedAt, nextUpdateAt: statement.nextUpdateAt }]
            : [],
        ),
        overdueRequests: Number(requests.n),
        checklist: { done: Number(checklist.done), total: Number(checklist.total) },
      };
    }),
  );
  const since = new Date(now.getTime() - failedSendDays * 86_400_000).toISOString();
  const failed = await db
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
    .where('distribution.created_at', '>=', since)
    // The titles too: PostgreSQL groups only what it is told (the job's own columns follow its id).
    .groupBy(['distribution.id', 'statement.title', 'conference.title'])
    .orderBy('distribution.created_at', 'desc')
    .limit(20)
    .execute();
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
