import type { Insertable, Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema';
import type { FeedTable } from '../db/schema/feed';
import type { FeedSignalTable } from '../db/schema/feedSignal';
import { notFound } from '../kernel/errors';
import { newId } from '../kernel/ids';
import { systemActor, type Writer } from '../kernel/writeScope';
import { readBmkgQuakes } from './bmkgQuakes';
import { readCapAlert, type StoredCapAlert } from './capAlerts';
import { checkCapSchema } from './capSchema';
import { defaultFetchLimits, FeedFetchError, fetchFeed, type FetchLimits } from './feedFetch';
import { readSignalRules } from './feedRepository';
import { FeedFormatError } from './feedText';
import { readNewsItems, type NewsItem } from './newsItems';
import { pickupMatch, releasedProbes } from './pickup';
import { capMatch, newsMatch, quakeMatch, type MatchReason, type OfficeArea, type SignalRules } from './signalRules';

export interface PollDeps {
  db: Kysely<Database>;
  write: Writer;
  now: () => Date;
  limits?: FetchLimits;
  userAgent?: string;
}

export interface PollResult {
  feedId: string;
  outcome: 'read' | 'unchanged' | 'failed';
  /** The failure's reason word, when it failed. */
  error: string | null;
  /** Signals read for the first time (one already known from this or another feed is not new). */
  newSignals: number;
  /** Of those, how many matched the office's rules. */
  matched: number;
  /** Links made from new stories to our released statements (pickup). */
  pickedUp: number;
  /** Entries of the feed that could not be read (a broken earthquake entry, an unreadable CAP document). */
  unreadable: number;
}

/** CAP documents fetched from one index per poll at most: the rest come at the next poll. */
const capDocumentsPerPoll = 10;
/** The longest wait after failures in a row (the interval doubles from the feed's own). */
const maxBackoffMinutes = 6 * 60;

/**
 * Polls one feed: a conditional request, its items read and matched against the office's rules,
 * new ones recorded as signals (an item already known, from this feed or another, is not recorded
 * twice), and the feed's health written — all in one short write after the network is done. A
 * failure of any kind is the feed's health (its reason, the failures in a row, the next poll after
 * a backoff); it never throws for the feed's sake, so one broken feed does not stop the others.
 */
export async function pollFeed(deps: PollDeps, feedId: string): Promise<PollResult> {
  const feed = await deps.db.selectFrom('feed').selectAll().where('id', '=', feedId).executeTakeFirst();
  if (!feed) throw notFound('feed', feedId);
  const limits = deps.limits ?? defaultFetchLimits;
  const fetchedAt = deps.now().toISOString();
  let read: ReadItems | null = null;
  let validators = { etag: feed.etag, lastModified: feed.last_modified };
  let error: string | null = null;
  const office = await readSignalRules(deps.db);
  try {
    const fetched = await fetchFeed(feed.url, validators, limits, deps.userAgent);
    if (fetched.kind === 'fetched') {
      validators = fetched.validators;
      read = await readItems(feed, fetched.text, deps, limits, office);
    }
  } catch (failure) {
    if (failure instanceof FeedFetchError || failure instanceof FeedFormatError) error = failure.reason;
    else throw failure;
  }
  return deps.write(systemActor, async ({ trx, now, emit }) => {
    const at = now.toISOString();
    let newSignals = 0;
    let matched = 0;
    let pickedUp = 0;
    if (read && read.items.length > 0) {
      const known = new Set(
        (
          await trx
            .selectFrom('feed_signal')
            .select('key')
            .where('kind', '=', read.items[0]!.kind)
            .where(
              'key',
              'in',
              read.items.map((item) => item.key),
            )
            .execute()
        ).map((row) => row.key),
      );
      const stories: { signalId: string; story: NewsItem }[] = [];
      for (const item of read.items) {
        if (known.has(item.key)) continue;
        known.add(item.key);
        const id = newId();
        const inserted = await trx
          .insertInto('feed_signal')
          .values({ ...item, id, feed_id: feed.id, fetched_at: fetchedAt, crisis_id: null })
          .onConflict((conflict) => conflict.columns(['kind', 'key']).doNothing())
          .executeTakeFirst();
        // Another desk recorded it a moment ago (the office server): it is theirs, not new here.
        if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) continue;
        newSignals += 1;
        if (item.match) matched += 1;
        if (item.kind === 'news') stories.push({ signalId: id, story: JSON.parse(item.facts) as NewsItem });
      }
      pickedUp = await recordPickup(trx, stories, now, fetchedAt);
    }
    const health = error
      ? {
          last_error: error,
          last_error_at: at,
          failures: feed.failures + 1,
          next_poll_at: later(now, Math.min(maxBackoffMinutes, feed.interval_minutes * 2 ** (feed.failures + 1))),
        }
      : {
          etag: validators.etag,
          last_modified: validators.lastModified,
          last_success_at: at,
          last_error: null,
          failures: 0,
          next_poll_at: later(now, feed.interval_minutes),
        };
    await trx
      .updateTable('feed')
      .set({ ...health, last_polled_at: at, updated_at: at })
      .where('id', '=', feed.id)
      .execute();
    emit('feeds.changed', { feedId: feed.id });
    return {
      feedId: feed.id,
      outcome: error ? 'failed' : read ? 'read' : 'unchanged',
      error,
      newSignals,
      matched,
      pickedUp,
      unreadable: read?.unreadable ?? 0,
    };
  });
}

/** Links each new story to the released statements it ran (pickup.ts decides); how many links. */
async function recordPickup(
  trx: Transaction<Database>,
  stories: readonly { signalId: string; story: NewsItem }[],
  now: Date,
  fetchedAt: string,
): Promise<number> {
  if (stories.length === 0) return 0;
  const probes = await releasedProbes(trx, now);
  let links = 0;
  for (const { signalId, story } of stories) {
    for (const probe of probes) {
      const foundBy = pickupMatch(probe, { ...story, at: story.publishedAt ?? fetchedAt });
      if (!foundBy) continue;
      await trx
        .insertInto('statement_pickup')
        .values({ statement_id: probe.statementId, signal_id: signalId, found_by: foundBy, created_at: fetchedAt })
        .onConflict((conflict) => conflict.columns(['statement_id', 'signal_id']).doNothing())
        .execute();
      links += 1;
    }
  }
  return links;
}

const later = (now: Date, minutes: number) => new Date(now.getTime() + minutes * 60_000).toISOString();

/** A signal's row as read, before it is known whether it is new. */
type SignalItem = Pick<
  Insertable<FeedSignalTable>,
  'kind' | 'key' | 'title' | 'occurred_at' | 'url' | 'facts' | 'match'
>;
/** The office's rules, which every item read is matched against as it is read. */
interface Office {
  area: OfficeArea;
  rules: SignalRules;
}
interface ReadItems {
  items: SignalItem[];
  unreadable: number;
}

async function readItems(
  feed: Pick<FeedTable, 'id' | 'kind'>,
  text: string,
  deps: PollDeps,
  limits: FetchLimits,
  office: Office,
): Promise<ReadItems> {
  if (feed.kind === 'bmkg_quake') {
    const { quakes, unreadable } = readBmkgQuakes(text);
    return {
      items: quakes.map((quake) => ({
        kind: 'quake',
        key: quake.key,
        title: quake.region,
        occurred_at: quake.at,
        url: null,
        facts: JSON.stringify(quake),
        match: reasonsText(quakeMatch(quake, office.area, office.rules)),
      })),
      unreadable,
    };
  }
  if (feed.kind === 'news') {
    return {
      items: readNewsItems(text).map((story) => ({
        kind: 'news',
        // Stories' ids are the outlet's own: two outlets may both have a "1".
        key: `${feed.id}:${story.key}`,
        title: story.title,
        occurred_at: story.publishedAt,
        url: story.url,
        facts: JSON.stringify(story),
        match: reasonsText(newsMatch(story, office.rules)),
      })),
      unreadable: 0,
    };
  }
  // CAP: one document, or an index (RSS/Atom) of documents, each fetched once.
  if (/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(\w+:)?alert[\s>]/.test(text)) {
    return { items: [await capItem(text, null, office)], unreadable: 0 };
  }
  const links = readNewsItems(text)
    .map((entry) => entry.url)
    .filter((url): url is string => url !== null);
  const seen = new Set(
    links.length === 0
      ? []
      : (
          await deps.db
            .selectFrom('feed_signal')
            .select('url')
            .where('kind', '=', 'cap')
            .where('url', 'in', links)
            .execute()
        ).map((row) => row.url),
  );
  const items: SignalItem[] = [];
  let unreadable = 0;
  for (const link of links.filter((url) => !seen.has(url)).slice(0, capDocumentsPerPoll)) {
    try {
      const document = await fetchFeed(link, { etag: null, lastModified: null }, limits, deps.userAgent);
      if (document.kind === 'fetched') items.push(await capItem(document.text, link, office));
    } catch (failure) {
      if (!(failure instanceof FeedFetchError || failure instanceof FeedFormatError)) throw failure;
      unreadable += 1;
    }
  }
  return { items, unreadable };
}

/** A CAP document read, with its check against the CAP 1.2 schema kept beside it (capSchema.ts). */
async function capItem(text: string, url: string | null, office: Office): Promise<SignalItem> {
  const alert = readCapAlert(text);
  const schema = await checkCapSchema(text);
  const [info] = alert.info;
  return {
    kind: 'cap',
    // CAP's own identity of a message: sender, identifier and sent, as its references name it.
    key: `${alert.sender},${alert.identifier},${alert.sent}`,
    title: info?.headline || info?.event || alert.identifier,
    occurred_at: alert.sent,
    url: url ?? info?.web ?? null,
    facts: JSON.stringify({ ...alert, schema } satisfies StoredCapAlert),
    match: reasonsText(capMatch(alert, office.area, office.rules)),
  };
}

/** Why an item matched, as stored (a JSON list), or null when it did not. */
function reasonsText(reasons: MatchReason[]): string | null {
  return reasons.length > 0 ? JSON.stringify(reasons) : null;
}
