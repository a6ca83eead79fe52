import { sql, type Kysely } from 'kysely';
import { onServer, serverSearchTable } from './portable';

// Frozen: once landed, never edit this file; add a new migration instead. (The office server's
// steps were added later beside the SQLite ones, which are unchanged: see README.)
// The hoax register: each claim the desk sees, where it was seen, the screenshots (bytes in
// attachment_blob, by SHA-256, like statement attachments), the evidence and official sources,
// the verdict and the clarification statement; a per-record history of status changes; and a
// full-text index of the claims for "similar claims" (SQLite FTS5, read only by core/search).

const statusCheck = sql`status in ('reported', 'verifying', 'verdict', 'clarified', 'closed')`;
const verdictCheck = sql`verdict is null or verdict in
  ('hoax', 'disinformation', 'misinformation', 'malinformation', 'true', 'unverifiable')`;
const platformCheck = sql`platform in
  ('whatsapp', 'facebook', 'x', 'tiktok', 'instagram', 'youtube', 'online_media', 'other')`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('hoax')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('claim', 'text', (col) => col.notNull())
    .addColumn('topic', 'text', (col) => col.notNull())
    .addColumn('region', 'text')
    .addColumn('reach', 'integer')
    .addColumn('first_seen_at', 'text', (col) => col.notNull())
    .addColumn('reported_by', 'text', (col) => col.notNull())
    .addColumn('crisis_id', 'text', (col) => col.references('crisis.id'))
    .addColumn('status', 'text', (col) => col.notNull().check(statusCheck))
    .addColumn('verdict', 'text', (col) => col.check(verdictCheck))
    .addColumn('explanation', 'text', (col) => col.notNull())
    .addColumn('verifier_id', 'text', (col) => col.references('account.id'))
    .addColumn('verdict_at', 'text')
    .addColumn('clarification_statement_id', 'text', (col) => col.references('statement.id'))
    .addColumn('clarified_at', 'text')
    .addColumn('merged_into_id', 'text', (col) => col.references('hoax.id'))
    .addColumn('close_note', 'text', (col) => col.notNull())
    .addColumn('created_by', 'text', (col) => col.notNull().references('account.id'))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addCheckConstraint('hoax_clarified_has_time', sql`status <> 'clarified' or clarified_at is not null`)
    .execute();
  // The board reads each status newest first; the list without a status filter reads by sighting.
  await db.schema.createIndex('hoax_status_seen').on('hoax').columns(['status', 'first_seen_at']).execute();
  await db.schema.createIndex('hoax_seen').on('hoax').columns(['first_seen_at']).execute();
  await db.schema.createIndex('hoax_crisis').on('hoax').columns(['crisis_id']).execute();
  await db.schema.createIndex('hoax_clarification').on('hoax').columns(['clarification_statement_id']).execute();

  // Where the claim was seen: a platform, with the link when there is one.
  await db.schema
    .createTable('hoax_sighting')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('hoax_id', 'text', (col) => col.notNull().references('hoax.id'))
    .addColumn('platform', 'text', (col) => col.notNull().check(platformCheck))
    .addColumn('url', 'text', (col) => col.notNull())
    .addColumn('position', 'integer', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('hoax_sighting_hoax').on('hoax_sighting').columns(['hoax_id', 'position']).execute();

  await db.schema
    .createTable('hoax_screenshot')
    .addColumn('hoax_id', 'text', (col) => col.notNull().references('hoax.id'))
    .addColumn('sha256', 'text', (col) => col.notNull().references('attachment_blob.sha256'))
    .addColumn('file_name', 'text', (col) => col.notNull())
    .addColumn('added_by', 'text', (col) => col.notNull().references('account.id'))
    .addColumn('added_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('hoax_screenshot_pk', ['hoax_id', 'sha256'])
    .execute();

  await db.schema
    .createTable('hoax_evidence')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('hoax_id', 'text', (col) => col.notNull().references('hoax.id'))
    .addColumn('kind', 'text', (col) => col.notNull().check(sql`kind in ('evidence', 'official_source')`))
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('url', 'text', (col) => col.notNull())
    .addColumn('source_at', 'text')
    .addColumn('added_by', 'text', (col) => col.notNull().references('account.id'))
    .addColumn('added_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('hoax_evidence_hoax').on('hoax_evidence').columns(['hoax_id', 'added_at']).execute();

  // Status changes with who, when and why (the audit log holds them too; this is the record's own view).
  await db.schema
    .createTable('hoax_event')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('hoax_id', 'text', (col) => col.notNull().references('hoax.id'))
    .addColumn('action', 'text', (col) => col.notNull())
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (col) => col.notNull())
    .addColumn('note', 'text', (col) => col.notNull())
    .addColumn('by_id', 'text', (col) => col.notNull().references('account.id'))
    .addColumn('at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('hoax_event_hoax').on('hoax_event').columns(['hoax_id', 'at']).execute();

  if (onServer(db)) {
    await serverSearchTable(db, 'hoax_fts', 'hoax_id', { claim: 'A', topic: 'A' });
    return;
  }
  await sql`create virtual table hoax_fts using fts5(
              hoax_id unindexed, claim, topic,
              tokenize = 'unicode61 remove_diacritics 2')`.execute(db);
}
