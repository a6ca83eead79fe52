import type { ExpressionBuilder, Kysely } from 'kysely';
import {
  capCertaintyThresholds,
  capSeverityThresholds,
  capUrgencyThresholds,
  type FeedSummary,
  type NewFeed,
  type SignalRulesInput,
  type SignalSummary,
} from '../../../shared/ipc/feeds';
import type { Database } from '../db/schema';
import type { WriteScope } from '../kernel/writeScope';
import { conflict, notFound } from '../kernel/errors';
import { newId } from '../kernel/ids';
import { defaultSignalRules, type OfficeArea, type SignalRules } from './signalRules';

/** Subscribes the office to a feed, polled first at once. One feed per address. */
export async function addFeed(w: WriteScope, input: NewFeed): Promise<string> {
  const { trx, at } = w;
  const taken = await trx.selectFrom('feed').select('id').where('url', '=', input.url).executeTakeFirst();
  if (taken) throw conflict('feedExists', `The office already reads ${input.url}`);
  if (input.outletId) {
    const outlet = await trx.selectFrom('outlet').select('id').where('id', '=', input.outletId).executeTakeFirst();
    if (!outlet) throw notFound('outlet', input.outletId);
  }
  const id = newId();
  await trx
    .insertInto('feed')
    .values({
      id,
      kind: input.kind,
      name: input.name,
      url: input.url,
      outlet_id: input.kind === 'news' ? input.outletId : null,
      interval_minutes: input.intervalMinutes,
      active: 1,
      etag: null,
      last_modified: null,
      last_polled_at: null,
      last_success_at: null,
      last_error: null,
      last_error_at: null,
      failures: 0,
      next_poll_at: at,
      created_by: w.actor.accountId,
      created_at: at,
      updated_at: at,
    })
    .execute();
  await w.audit('feed.added', 'feed', id, { kind: input.kind, name: input.name, url: input.url });
  w.emit('feeds.changed', { feedId: id });
  return id;
}

/** Every feed with its health and how many signals it has brought, by name. */
export async function listFeeds(db: Kysely<Database>): Promise<FeedSummary[]> {
  const rows = await db
    .selectFrom('feed')
    .selectAll('feed')
    .select((eb) =>
      eb
        .selectFrom('feed_signal')
        .select((inner) => inner.fn.countAll<number>().as('n'))
        .whereRef('feed_signal.feed_id', '=', 'feed.id')
        .as('signals'),
    )
    .orderBy('feed.name')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    name: row.name,
    url: row.url,
    outletId: row.outlet_id,
    intervalMinutes: row.interval_minutes,
    active: row.active === 1,
    lastPolledAt: row.last_polled_at,
    lastSuccessAt: row.last_success_at,
    lastError: row.last_error,
    lastErrorAt: row.last_error_at,
    failures: row.failures,
    nextPollAt: row.next_poll_at,
    signals: Number(row.signals ?? 0),
  }));
}

/** The office's rules for signals, or the defaults (no point, no regions: only named words match). */
export async function readSignalRules(
  db: Kysely<Database>,
): Promise<{ area: OfficeArea; rules: SignalRules; retentionDays: number }> {
  const row = await db.selectFrom('signal_rules').selectAll().where('id', '=', 1).executeTakeFirst();
  if (!row) return { area: { centre: null, regionCodes: [] }, rules: defaultSignalRules, retentionDays: 90 };
  const { cap } = defaultSignalRules;
  return {
    area: {
      centre:
        row.centre_latitude !== null && row.centre_longitude !== null
          ? { latitude: row.centre_latitude, longitude: row.centre_longitude }
          : null,
      regionCodes: JSON.parse(row.region_codes) as string[],
    },
    rules: {
      quake: { minMagnitude: row.quake_min_magnitude, withinKm: row.quake_within_km },
      cap: {
        minSeverity: oneOf(capSeverityThresholds, row.cap_min_severity, cap.minSeverity),
        minUrgency: oneOf(capUrgencyThresholds, row.cap_min_urgency, cap.minUrgency),
        minCertainty: oneOf(capCertaintyThresholds, row.cap_min_certainty, cap.minCertainty),
        withinKm: row.cap_within_km,
      },
      keywords: JSON.parse(row.keywords) as string[],
    },
    retentionDays: row.retention_days,
  };
}

/**
 * Removes signals older than the office's retention. A signal that became something stays with
 * it: the crisis opened from it, a statement's pickup, a hoax sighting recorded from it.
 */
export async function applySignalRetention(db: Kysely<Database>, now: Date): Promise<number> {
  const { retentionDays } = await readSignalRules(db);
  const before = new Date(now.getTime() - retentionDays * 24 * 60 * 60_000).toISOString();
  const removed = await db
    .deleteFrom('feed_signal')
    .where('fetched_at', '<', before)
    .where('crisis_id', 'is', null)
    .where('id', 'not in', (eb) => eb.selectFrom('statement_pickup').select('signal_id'))
    .where('id', 'not in', (eb) =>
      eb.selectFrom('hoax_sighting').select('signal_id').where('signal_id', 'is not', null),
    )
    .executeTakeFirst();
  return Number(removed.numDeletedRows);
}

/** The office's rules as the contract carries them. */
export async function signalRulesInput(db: Kysely<Database>): Promise<SignalRulesInput> {
  const { area, rules, retentionDays } = await readSignalRules(db);
  return {
    centre: area.centre,
    regionCodes: area.regionCodes,
    quakeMinMagnitude: rules.quake.minMagnitude,
    quakeWithinKm: rules.quake.withinKm,
    capMinSeverity: rules.cap.minSeverity,
    capMinUrgency: rules.cap.minUrgency,
    capMinCertainty: rules.cap.minCertainty,
    capWithinKm: rules.cap.withinKm,
    keywords: rules.keywords,
    retentionDays,
  };
}

/** Saves the office's rules (one row), audited; signals already read keep the match they had. */
export async function saveSignalRules(w: WriteScope, input: SignalRulesInput): Promise<void> {
  const values = {
    centre_latitude: input.centre?.latitude ?? null,
    centre_longitude: input.centre?.longitude ?? null,
    region_codes: JSON.stringify([...new Set(input.regionCodes)]),
    quake_min_magnitude: input.quakeMinMagnitude,
    quake_within_km: input.quakeWithinKm,
    cap_min_severity: input.capMinSeverity,
    cap_min_urgency: input.capMinUrgency,
    cap_min_certainty: input.capMinCertainty,
    cap_within_km: input.capWithinKm,
    keywords: JSON.stringify([...new Set(input.keywords.map((keyword) => keyword.trim()))]),
    retention_days: input.retentionDays,
    updated_at: w.at,
  };
  await w.trx
    .insertInto('signal_rules')
    .values({ id: 1, ...values })
    .onConflict((conflict) => conflict.column('id').doUpdateSet(values))
    .execute();
  await w.audit('feed.rulesSaved', 'signal_rules', 'office', { ...input });
  w.emit('feeds.changed', { feedId: null });
}

/** The columns a signal's summary is made of (`signalSummary`), for any query over `feed_signal` and `feed`. */
export const signalSummaryColumns = [
  'feed_signal.id',
  'feed_signal.feed_id',
  'feed.name as feed_name',
  'feed_signal.kind',
  'feed_signal.title',
  'feed_signal.occurred_at',
  'feed_signal.fetched_at',
  'feed_signal.url',
  'feed_signal.match',
  'feed_signal.crisis_id',
  'feed_signal.dismissed_at',
  // The claim it became a sighting of (the first, should a merge have made it two rows).
  (eb: ExpressionBuilder<Database, 'feed_signal'>) =>
    eb
      .selectFrom('hoax_sighting')
      .select((inner) => inner.fn.min('hoax_sighting.hoax_id').as('hoax_id'))
      .whereRef('hoax_sighting.signal_id', '=', 'feed_signal.id')
      .as('hoax_id'),
  // How many of our statements it ran (coverage, not a warning).
  (eb: ExpressionBuilder<Database, 'feed_signal'>) =>
    eb
      .selectFrom('statement_pickup')
      .select((inner) => inner.fn.countAll<number>().as('n'))
      .whereRef('statement_pickup.signal_id', '=', 'feed_signal.id')
      .as('pickup'),
] as const;

interface SignalSummaryRow {
  id: string;
  feed_id: string;
  feed_name: string;
  kind: SignalSummary['kind'];
  title: string;
  occurred_at: string | null;
  fetched_at: string;
  url: string | null;
  match: string | null;
  crisis_id: string | null;
  dismissed_at: string | null;
  hoax_id: string | null;
  pickup: number | string | bigint | null;
}

export function signalSummary(row: SignalSummaryRow): SignalSummary {
  return {
    id: row.id,
    feedId: row.feed_id,
    feedName: row.feed_name,
    kind: row.kind,
    title: row.title,
    occurredAt: row.occurred_at,
    fetchedAt: row.fetched_at,
    url: row.url,
    match: row.match ? (JSON.parse(row.match) as SignalSummary['match']) : null,
    crisisId: row.crisis_id,
    dismissedAt: row.dismissed_at,
    hoaxId: row.hoax_id,
    pickup: Number(row.pickup ?? 0) > 0,
  };
}

/**
 * Signals, newest first: all of them, only the early warnings (those that matched), or only the
 * early warnings nobody has acted on (no crisis opened, no sighting recorded, not set aside, not
 * a story running one of our statements).
 */
export async function listSignals(
  db: Kysely<Database>,
  input: { matchedOnly: boolean; pendingOnly: boolean; kinds: SignalSummary['kind'][]; limit: number; offset: number },
): Promise<SignalSummary[]> {
  let query = db
    .selectFrom('feed_signal')
    .innerJoin('feed', 'feed.id', 'feed_signal.feed_id')
    .select(signalSummaryColumns);
  if (input.matchedOnly || input.pendingOnly) query = query.where('feed_signal.match', 'is not', null);
  if (input.pendingOnly) {
    query = query
      .where('feed_signal.crisis_id', 'is', null)
      .where('feed_signal.dismissed_at', 'is', null)
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('hoax_sighting')
              .select('hoax_sighting.id')
              .whereRef('hoax_sighting.signal_id', '=', 'feed_signal.id'),
          ),
        ),
      )
      // A story that ran our own statement is coverage, not a warning.
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('statement_pickup')
              .select('statement_pickup.signal_id')
              .whereRef('statement_pickup.signal_id', '=', 'feed_signal.id'),
          ),
        ),
      )
      // What waits for the desk: official warnings (earthquakes, CAP) before stories.
      .orderBy((eb) => eb.case().when('feed_signal.kind', '=', 'news').then(1).else(0).end());
  }
  if (input.kinds.length > 0) query = query.where('feed_signal.kind', 'in', input.kinds);
  const rows = await query
    .orderBy('feed_signal.fetched_at', 'desc')
    .orderBy('feed_signal.occurred_at', 'desc')
    .orderBy('feed_signal.id')
    .limit(input.limit)
    .offset(input.offset)
    .execute();
  return rows.map(signalSummary);
}

/** A stored word if it is one the rules know, else the default (a row written by a later version). */
function oneOf<T extends string>(allowed: readonly T[], value: string, fallback: T): T {
  return (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}
