import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type {
  openCrisisFromSignalSchema,
  recordSightingSchema,
  SignalDetail,
  SignalFacts,
  SignalSummary,
} from '../../../shared/ipc/feeds';
import { save as saveCrisis } from '../crises/crisisWrites';
import { recordFigure } from '../crises/crisisRecords';
import { lockForChange } from '../db/portableSql';
import type { Database } from '../db/schema';
import type { FeedSignalTable } from '../db/schema/feedSignal';
import { addSighting, saveClaim } from '../hoaxes/recording';
import type { SessionActor } from '../kernel/context';
import { conflict, notFound } from '../kernel/errors';
import { fieldError } from '../kernel/validationError';
import type { WriteScope } from '../kernel/writeScope';
import type { QuakeReport } from './bmkgQuakes';
import type { CapAlert, StoredCapAlert } from './capAlerts';
import { readSignalRules, signalSummary, signalSummaryColumns } from './feedRepository';
import type { NewsItem } from './newsItems';
import type { OfficeArea } from './signalRules';

/*
 * Acting on a signal: the crisis opened from it (its clock starting at the warning's own time),
 * a sighting recorded from it, or setting it aside. Each is done once: a signal that became
 * something is no longer an open early warning, on any desk.
 */

type OpenCrisisInput = z.output<typeof openCrisisFromSignalSchema>;
type RecordSightingInput = z.output<typeof recordSightingSchema>;

/** One signal whole, with the crisis it would open. */
export async function readSignal(db: Kysely<Database>, id: string): Promise<SignalDetail> {
  const row = await db
    .selectFrom('feed_signal')
    .innerJoin('feed', 'feed.id', 'feed_signal.feed_id')
    .leftJoin('outlet', 'outlet.id', 'feed.outlet_id')
    .select(signalSummaryColumns)
    .select(['feed_signal.facts', 'outlet.name as outlet_name'])
    .where('feed_signal.id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('signal', id);
  const summary = signalSummary(row);
  const { area } = await readSignalRules(db);
  const facts = signalFacts(row.kind, row.facts, row.outlet_name);
  return { ...summary, facts, draft: crisisDraft(summary, facts, area) };
}

/** What the desk reads of an item, by kind (the stored item is whole; this is its face). */
export function signalFacts(kind: FeedSignalTable['kind'], json: string, outlet: string | null): SignalFacts {
  if (kind === 'quake') {
    const quake = JSON.parse(json) as QuakeReport;
    return {
      kind,
      magnitude: quake.magnitude,
      depthKm: quake.depthKm,
      latitude: quake.latitude,
      longitude: quake.longitude,
      region: quake.region,
      tsunami: quake.tsunami,
      felt: quake.felt,
    };
  }
  if (kind === 'cap') {
    // Stored before the schema check existed, a signal has no `schema`: unknown, not invalid.
    const alert = JSON.parse(json) as Partial<StoredCapAlert> & CapAlert;
    const info = alert.info[0];
    return {
      kind,
      sender: alert.sender,
      msgType: alert.msgType,
      event: info?.event ?? '',
      severity: info?.severity ?? '',
      urgency: info?.urgency ?? '',
      certainty: info?.certainty ?? '',
      description: info?.description ?? '',
      instruction: info?.instruction ?? '',
      areas: (info?.areas ?? []).map((area) => area.description).filter(Boolean),
      expires: info?.expires ?? null,
      schemaValid: alert.schema?.valid ?? null,
      schemaErrors: alert.schema?.errors ?? [],
    };
  }
  const story = JSON.parse(json) as NewsItem;
  return { kind, summary: story.summary, outlet };
}

const capSeverityLevel: Record<string, number> = { Extreme: 4, Severe: 3, Moderate: 2, Minor: 1 };

/**
 * The crisis a signal opens: the warning's own time as the first signal, a severity from its
 * strength, the regions it matched by (else the office's own, when it matched by distance), and
 * its measurements as official figures with their source.
 */
export function crisisDraft(summary: SignalSummary, facts: SignalFacts, area: OfficeArea): SignalDetail['draft'] {
  const firstSignalAt =
    summary.occurredAt && summary.occurredAt < summary.fetchedAt ? summary.occurredAt : summary.fetchedAt;
  const matchedRegions = (summary.match ?? []).flatMap((reason) => (reason.kind === 'region' ? [reason.code] : []));
  const near = (summary.match ?? []).some((reason) => reason.kind !== 'region' && reason.kind !== 'keyword');
  const regions = [...new Set(matchedRegions.length > 0 ? matchedRegions : near ? area.regionCodes : [])];
  if (facts.kind === 'quake') {
    const source = summary.feedName;
    return {
      severity: facts.magnitude >= 7 ? 4 : facts.magnitude >= 6 ? 3 : facts.magnitude >= 5 ? 2 : 1,
      regions,
      firstSignalAt,
      figures: [
        { key: 'magnitude', value: facts.magnitude, unit: 'M', source, asOf: firstSignalAt },
        ...(facts.depthKm === null
          ? []
          : [{ key: 'depth' as const, value: facts.depthKm, unit: 'km', source, asOf: firstSignalAt }]),
      ],
    };
  }
  return {
    severity: facts.kind === 'cap' ? (capSeverityLevel[facts.severity] ?? 2) : 2,
    regions,
    firstSignalAt,
    figures: [],
  };
}

/** A signal for an action on it, held for the change (two desks acting at once: one wins). */
async function signalForAction(w: WriteScope<SessionActor>, id: string) {
  await lockForChange(w.trx, 'feed_signal', id);
  const row = await w.trx.selectFrom('feed_signal').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('signal', id);
  if (row.crisis_id)
    throw conflict('signalUsed', 'A crisis was already opened from this signal', { crisisId: row.crisis_id });
  if (row.dismissed_at) throw conflict('signalDismissed', 'The signal was set aside');
  return row;
}

/** Opens a crisis from a signal, with the figures the desk kept; the signal then names it. */
export async function openCrisisFromSignal(w: WriteScope<SessionActor>, input: OpenCrisisInput): Promise<string> {
  const signal = await signalForAction(w, input.signalId);
  const crisisId = await saveCrisis(w, null, input.crisis, input.phase);
  for (const figure of input.figures) {
    await recordFigure(w, { crisisId, seriesId: null, ...figure });
  }
  await w.trx.updateTable('feed_signal').set({ crisis_id: crisisId }).where('id', '=', signal.id).execute();
  await w.audit('feed.crisisOpened', 'feed_signal', signal.id, { crisisId, kind: signal.kind });
  w.emit('feeds.changed', { feedId: signal.feed_id });
  return crisisId;
}

/**
 * Records a news story or a warning as a sighting: on a claim the desk already has (the similarity
 * search offers them), or as a new claim first seen at the item's time and reported by its feed.
 */
export async function recordSightingFromSignal(
  w: WriteScope<SessionActor>,
  input: RecordSightingInput,
): Promise<string> {
  await lockForChange(w.trx, 'feed_signal', input.signalId);
  const signal = await w.trx
    .selectFrom('feed_signal')
    .innerJoin('feed', 'feed.id', 'feed_signal.feed_id')
    .select([
      'feed_signal.id',
      'feed_signal.kind',
      'feed_signal.url',
      'feed_signal.occurred_at',
      'feed_signal.fetched_at',
      'feed_signal.feed_id',
      'feed.name',
    ])
    .where('feed_signal.id', '=', input.signalId)
    .executeTakeFirst();
  if (!signal) throw notFound('signal', input.signalId);
  if (signal.kind === 'quake') throw fieldError(['signalId'], 'signal_not_sighting');
  const recorded = await w.trx
    .selectFrom('hoax_sighting')
    .select('hoax_id')
    .where('signal_id', '=', signal.id)
    .executeTakeFirst();
  if (recorded) throw conflict('signalRecorded', 'The item is already a sighting', { hoaxId: recorded.hoax_id });
  const seenAt = signal.occurred_at && signal.occurred_at < signal.fetched_at ? signal.occurred_at : signal.fetched_at;
  const sighting = { platform: 'online_media' as const, url: signal.url ?? '', signalId: signal.id, seenAt };
  let hoaxId = input.hoaxId;
  if (hoaxId) {
    await addSighting(w, hoaxId, sighting);
  } else {
    hoaxId = await saveClaim(w, null, {
      claim: input.claim ?? '',
      topic: '',
      region: null,
      reach: null,
      firstSeenAt: seenAt,
      reportedBy: signal.name,
      crisisId: input.crisisId,
      sightings: [],
    });
    await addSighting(w, hoaxId, sighting);
  }
  await w.audit('feed.sightingRecorded', 'feed_signal', signal.id, { hoaxId });
  w.emit('feeds.changed', { feedId: signal.feed_id });
  return hoaxId;
}

/** Sets an early warning aside as not the office's concern: its notice leaves every desk. */
export async function dismissSignal(w: WriteScope<SessionActor>, id: string): Promise<void> {
  const signal = await signalForAction(w, id);
  await w.trx
    .updateTable('feed_signal')
    .set({ dismissed_at: w.at, dismissed_by: w.actor.accountId })
    .where('id', '=', signal.id)
    .execute();
  await w.audit('feed.signalDismissed', 'feed_signal', signal.id, { kind: signal.kind });
  w.emit('feeds.changed', { feedId: signal.feed_id });
}
