import type { Kysely } from 'kysely';
import type { Hoax, HoaxStats, HoaxSummary } from '../../../shared/ipc/hoaxes';
import type { z } from 'zod';
import type { hoaxListInputSchema } from '../../../shared/ipc/hoaxes';
import {
  hoaxStatuses,
  hoaxVerdicts,
  minutesToClarify,
  type HoaxPlatform,
  type HoaxStatus,
  type HoaxVerdict,
} from '../../../shared/hoaxes/vocabulary';
import { median } from '../../../shared/crises/reportMetrics';
import { rolesAllow } from '../../../shared/permissions';
import type { SessionActor } from '../kernel/context';
import type { Database } from '../db/schema';
import type { HoaxRow } from '../db/schema/hoax';
import { notFound } from '../kernel/errors';
import { hoaxMatches } from '../search/hoaxSearch';
import { peopleById } from '../statements/statementRepository';

type Db = Kysely<Database>;
type ListInput = z.output<typeof hoaxListInputSchema>;

/** The list rows as the views show them: platforms, crisis, clarification and merge target joined in. */
async function toSummaries(db: Db, rows: HoaxRow[]): Promise<HoaxSummary[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const sightings = await db
    .selectFrom('hoax_sighting')
    .select(['hoax_id', 'platform'])
    .where('hoax_id', 'in', ids)
    .orderBy('position')
    .execute();
  const platforms = new Map<string, HoaxPlatform[]>();
  for (const sighting of sightings) {
    const list = platforms.get(sighting.hoax_id) ?? [];
    if (!list.includes(sighting.platform)) list.push(sighting.platform);
    platforms.set(sighting.hoax_id, list);
  }
  const crisisIds = [...new Set(rows.flatMap((row) => (row.crisis_id ? [row.crisis_id] : [])))];
  const crises = crisisIds.length
    ? await db.selectFrom('crisis').select(['id', 'title']).where('id', 'in', crisisIds).execute()
    : [];
  const statementIds = rows.flatMap((row) => (row.clarification_statement_id ? [row.clarification_statement_id] : []));
  const statements = statementIds.length
    ? await db
        .selectFrom('statement')
        .select(['id', 'number', 'status', 'title'])
        .where('id', 'in', statementIds)
        .execute()
    : [];
  const targetIds = rows.flatMap((row) => (row.merged_into_id ? [row.merged_into_id] : []));
  const targets = targetIds.length
    ? await db.selectFrom('hoax').select(['id', 'claim']).where('id', 'in', targetIds).execute()
    : [];
  const crisisById = new Map(crises.map((crisis) => [crisis.id, crisis]));
  const statementById = new Map(statements.map((statement) => [statement.id, statement]));
  const targetById = new Map(targets.map((target) => [target.id, target]));
  return rows.map((row) => {
    const statement = row.clarification_statement_id ? statementById.get(row.clarification_statement_id) : undefined;
    const target = row.merged_into_id ? targetById.get(row.merged_into_id) : undefined;
    return {
      id: row.id,
      claim: row.claim,
      topic: row.topic,
      region: row.region,
      reach: row.reach,
      status: row.status,
      verdict: row.verdict,
      platforms: platforms.get(row.id) ?? [],
      firstSeenAt: row.first_seen_at,
      crisis: (row.crisis_id && crisisById.get(row.crisis_id)) || null,
      clarification: statement
        ? {
            statementId: statement.id,
            number: statement.number,
            status: statement.status,
            title: statement.title,
          }
        : null,
      clarifiedAt: row.clarified_at,
      minutesToClarify: minutesToClarify(row.first_seen_at, row.clarified_at),
      mergedInto: target ? { id: target.id, claim: target.claim } : null,
      updatedAt: row.updated_at,
    };
  });
}

/** The filtered register, newest sighting first. */
export async function listHoaxes(db: Db, filters: ListInput): Promise<{ items: HoaxSummary[]; total: number }> {
  const matches = hoaxMatches(db, filters.query);
  let query = db.selectFrom('hoax');
  if (filters.statuses.length) query = query.where('status', 'in', filters.statuses);
  if (filters.verdicts.length) query = query.where('verdict', 'in', filters.verdicts);
  if (filters.platforms.length) {
    query = query.where('id', 'in', (eb) =>
      eb.selectFrom('hoax_sighting').select('hoax_id').where('platform', 'in', filters.platforms),
    );
  }
  if (filters.topic) query = query.where('topic', '=', filters.topic);
  if (filters.crisisId) query = query.where('crisis_id', '=', filters.crisisId);
  if (filters.from) query = query.where('first_seen_at', '>=', filters.from);
  if (filters.to) query = query.where('first_seen_at', '<=', filters.to);
  if (!filters.includeMerged) query = query.where('merged_into_id', 'is', null);
  if (matches) query = query.where('id', 'in', matches);
  const total = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await query
    .selectAll()
    .orderBy('first_seen_at', 'desc')
    .orderBy('id')
    .limit(filters.limit)
    .offset(filters.offset)
    .execute();
  return { items: await toSummaries(db, rows), total: Number(total.n) };
}

export async function findHoaxRow(db: Db, id: string): Promise<HoaxRow> {
  const row = await db.selectFrom('hoax').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('hoax', id);
  return row;
}

/** What the actor may do with this record now: the same rules the service enforces. */
export function hoaxAbilities(row: HoaxRow, actor: Pick<SessionActor, 'roles'>): Hoax['can'] {
  const manage = rolesAllow(actor.roles, 'hoaxes.manage');
  const decide = rolesAllow(actor.roles, 'hoaxes.decide');
  const status = row.status;
  const open = status !== 'closed';
  return {
    edit: manage && open,
    startVerifying: manage && status === 'reported',
    decide: decide && (status === 'verifying' || status === 'verdict'),
    draftClarification: rolesAllow(actor.roles, 'statements.draft') && status === 'verdict',
    close: decide && open,
    reopen: decide && status === 'closed' && row.merged_into_id === null,
    merge: decide && open,
  };
}

/** One record whole: sightings, screenshots, evidence, history, what was merged into it. */
export async function readHoax(db: Db, id: string, actor: Pick<SessionActor, 'roles'>): Promise<Hoax> {
  const row = await findHoaxRow(db, id);
  const [summary] = await toSummaries(db, [row]);
  const sightings = await db
    .selectFrom('hoax_sighting')
    .select(['platform', 'url'])
    .where('hoax_id', '=', id)
    .orderBy('position')
    .execute();
  const screenshots = await db
    .selectFrom('hoax_screenshot')
    .innerJoin('attachment_blob', 'attachment_blob.sha256', 'hoax_screenshot.sha256')
    .innerJoin('account', 'account.id', 'hoax_screenshot.added_by')
    .select([
      'hoax_screenshot.sha256',
      'hoax_screenshot.file_name',
      'attachment_blob.mime_type',
      'attachment_blob.size',
      'account.full_name',
      'hoax_screenshot.added_at',
    ])
    .where('hoax_id', '=', id)
    .orderBy('hoax_screenshot.added_at')
    .execute();
  const evidence = await db
    .selectFrom('hoax_evidence')
    .innerJoin('account', 'account.id', 'hoax_evidence.added_by')
    .select(['hoax_evidence.id', 'kind', 'title', 'url', 'source_at', 'account.full_name', 'hoax_evidence.added_at'])
    .where('hoax_id', '=', id)
    .orderBy('hoax_evidence.added_at')
    .orderBy('hoax_evidence.id')
    .execute();
  const history = await db
    .selectFrom('hoax_event')
    .innerJoin('account', 'account.id', 'hoax_event.by_id')
    .select(['action', 'from_status', 'to_status', 'note', 'account.full_name', 'at'])
    .where('hoax_id', '=', id)
    .orderBy('at')
    .orderBy('hoax_event.id')
    .execute();
  const merged = await db
    .selectFrom('hoax')
    .select(['id', 'claim'])
    .where('merged_into_id', '=', id)
    .orderBy('first_seen_at')
    .execute();
  const people = await peopleById(db, [
    row.created_by,
    ...(row.verifier_id ? [row.verifier_id] : []),
    ...(row.verdict_by ? [row.verdict_by] : []),
  ]);
  return {
    ...summary!,
    reportedBy: row.reported_by,
    sightings: sightings.map((sighting) => ({ platform: sighting.platform, url: sighting.url })),
    screenshots: screenshots.map((shot) => ({
      sha256: shot.sha256,
      fileName: shot.file_name,
      mimeType: shot.mime_type as 'image/png' | 'image/jpeg',
      size: shot.size,
      addedBy: shot.full_name,
      addedAt: shot.added_at,
    })),
    evidence: evidence.map((item) => ({
      id: item.id,
      kind: item.kind,
      title: item.title,
      url: item.url,
      sourceAt: item.source_at,
      addedBy: item.full_name,
      addedAt: item.added_at,
    })),
    verifier: row.verifier_id ? (people.get(row.verifier_id) ?? null) : null,
    verdictAt: row.verdict_at,
    verdictBy: row.verdict_by ? (people.get(row.verdict_by) ?? null) : null,
    explanation: row.explanation,
    closeNote: row.close_note,
    history: history.map((event) => ({
      action: event.action,
      fromStatus: event.from_status as HoaxStatus | null,
      toStatus: event.to_status,
      note: event.note,
      by: event.full_name,
      at: event.at,
    })),
    merged,
    createdBy: people.get(row.created_by)?.fullName ?? '?',
    createdAt: row.created_at,
    can: hoaxAbilities(row, actor),
  };
}

/** The dashboard's counts: per status, per verdict, the top topics, and the time to clarify lately. */
export async function hoaxStats(db: Db, now: Date): Promise<HoaxStats> {
  const rows = await db
    .selectFrom('hoax')
    .select(['status', 'verdict', 'topic', 'first_seen_at', 'clarified_at'])
    .where('merged_into_id', 'is', null)
    .execute();
  const byStatus = Object.fromEntries(hoaxStatuses.map((status) => [status, 0])) as Record<HoaxStatus, number>;
  const byVerdict = Object.fromEntries(hoaxVerdicts.map((verdict) => [verdict, 0])) as Record<HoaxVerdict, number>;
  const topics = new Map<string, number>();
  const since = new Date(now.getTime() - 30 * 24 * 3_600_000).toISOString();
  const recent: number[] = [];
  for (const row of rows) {
    byStatus[row.status] += 1;
    if (row.verdict) byVerdict[row.verdict] += 1;
    if (row.topic) topics.set(row.topic, (topics.get(row.topic) ?? 0) + 1);
    if (row.clarified_at && row.clarified_at >= since) {
      recent.push(minutesToClarify(row.first_seen_at, row.clarified_at)!);
    }
  }
  const byTopic = [...topics]
    .map(([topic, count]) => ({ topic, count }))
    .sort((a, b) => b.count - a.count || a.topic.localeCompare(b.topic));
  return {
    byStatus,
    byVerdict,
    byTopic: byTopic.slice(0, 8),
    medianMinutesToClarify: median(recent),
    clarifiedLast30Days: recent.length,
    topics: byTopic.map((entry) => entry.topic).sort((a, b) => a.localeCompare(b, 'id')),
  };
}
