import type { Kysely } from 'kysely';
import { numberType } from './portable';

// Frozen: once landed, never edit this file; add a new migration instead.
// Early warning in, coverage out (issue 28):
// - `feed`: what the office subscribes to (BMKG earthquakes, CAP warnings, outlets' news), each
//   polled on its own schedule with conditional requests, and its health as the desk sees it.
// - `feed_signal`: every item read from a feed, once (a key per kind: the same earthquake in two
//   BMKG lists is one signal), with its source, its own time and when it was fetched; whether it
//   matched the office's rules and why; the crisis opened from it.
// - `signal_rules`: the office's rules (one row): its point and regions, thresholds, words, and
//   how long signals are kept.
// - `statement_pickup`: a news story that ran one of our statements.
// - A hoax sighting may name the monitored item it was recorded from.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('feed')
    .addColumn('id', 'text', (col) => col.primaryKey())
    // 'bmkg_quake' | 'cap' | 'news'
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('url', 'text', (col) => col.notNull().unique())
    // A news feed is an outlet's: its stories are that outlet's pickup.
    .addColumn('outlet_id', 'text', (col) => col.references('outlet.id'))
    .addColumn('interval_minutes', 'integer', (col) => col.notNull())
    .addColumn('active', 'integer', (col) => col.notNull().defaultTo(1))
    // What the last good answer said, sent back so an unchanged feed answers 304.
    .addColumn('etag', 'text')
    .addColumn('last_modified', 'text')
    .addColumn('last_polled_at', 'text')
    .addColumn('last_success_at', 'text')
    // A reason word (feedFetch.ts, feedText.ts), shown translated; null after a success.
    .addColumn('last_error', 'text')
    .addColumn('last_error_at', 'text')
    // Failures in a row, for the backoff; 0 after a success.
    .addColumn('failures', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('next_poll_at', 'text')
    .addColumn('created_by', 'text', (col) => col.references('account.id'))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('feed_due').on('feed').columns(['active', 'next_poll_at']).execute();

  await db.schema
    .createTable('feed_signal')
    .addColumn('id', 'text', (col) => col.primaryKey())
    // The feed it was first read from (another feed may carry it too).
    .addColumn('feed_id', 'text', (col) => col.notNull().references('feed.id'))
    // 'quake' | 'cap' | 'news'
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('key', 'text', (col) => col.notNull())
    .addColumn('title', 'text', (col) => col.notNull())
    // The event's own time (an earthquake's, an alert's `sent`, a story's publication), if given.
    .addColumn('occurred_at', 'text')
    .addColumn('fetched_at', 'text', (col) => col.notNull())
    .addColumn('url', 'text')
    // What was read, as JSON (QuakeReport, CapAlert, NewsItem).
    .addColumn('facts', 'text', (col) => col.notNull())
    // Why it matched the office's rules when read (JSON list of reasons), or null.
    .addColumn('match', 'text')
    .addColumn('crisis_id', 'text', (col) => col.references('crisis.id'))
    .addUniqueConstraint('feed_signal_kind_key', ['kind', 'key'])
    .execute();
  await db.schema.createIndex('feed_signal_fetched').on('feed_signal').columns(['fetched_at']).execute();
  await db.schema.createIndex('feed_signal_feed').on('feed_signal').columns(['feed_id', 'fetched_at']).execute();

  await db.schema
    .createTable('signal_rules')
    // One row, id 1: the office's.
    .addColumn('id', 'integer', (col) => col.primaryKey())
    .addColumn('centre_latitude', numberType(db))
    .addColumn('centre_longitude', numberType(db))
    // JSON list of Kemendagri codes; empty means the office profile's region.
    .addColumn('region_codes', 'text', (col) => col.notNull())
    .addColumn('quake_min_magnitude', numberType(db), (col) => col.notNull())
    .addColumn('quake_within_km', numberType(db), (col) => col.notNull())
    .addColumn('cap_min_severity', 'text', (col) => col.notNull())
    .addColumn('cap_min_urgency', 'text', (col) => col.notNull())
    .addColumn('cap_min_certainty', 'text', (col) => col.notNull())
    .addColumn('cap_within_km', numberType(db), (col) => col.notNull())
    // JSON list of words for news.
    .addColumn('keywords', 'text', (col) => col.notNull())
    // Signals older than this are removed (those that opened a crisis or became a sighting or
    // pickup stay with what they became).
    .addColumn('retention_days', 'integer', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('statement_pickup')
    .addColumn('statement_id', 'text', (col) => col.notNull().references('statement.id'))
    .addColumn('signal_id', 'text', (col) => col.notNull().references('feed_signal.id'))
    // How it was found: 'title' | 'number' | 'phrase'.
    .addColumn('found_by', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('statement_pickup_pk', ['statement_id', 'signal_id'])
    .execute();
  await db.schema.createIndex('statement_pickup_signal').on('statement_pickup').columns(['signal_id']).execute();

  await db.schema
    .alterTable('hoax_sighting')
    .addColumn('signal_id', 'text', (col) => col.references('feed_signal.id'))
    .execute();
}
