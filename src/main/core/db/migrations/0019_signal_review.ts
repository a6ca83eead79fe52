import type { Kysely } from 'kysely';

// Frozen: once landed, never edit this file; add a new migration instead.
// Early warning on the desk (issue 28): a matched signal is a "Sinyal dini" notice until someone
// acts on it — opens a crisis from it, records it as a sighting, or sets it aside as not the
// office's concern. Setting aside is recorded here (who and when), so the notice leaves every desk.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('feed_signal').addColumn('dismissed_at', 'text').execute();
  await db.schema
    .alterTable('feed_signal')
    .addColumn('dismissed_by', 'text', (col) => col.references('account.id'))
    .execute();
}
