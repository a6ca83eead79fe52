import type { Kysely } from 'kysely';

// Frozen: once landed, never edit this file; add a new migration instead.
// The briefing pack: talking points of the conference, and the anticipated questions chosen
// for it from the Q&A bank (in the order the spokesperson should read them).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('conference')
    .addColumn('talking_points', 'text', (col) => col.notNull().defaultTo(''))
    .execute();
  await db.schema
    .createTable('conference_qa')
    .addColumn('conference_id', 'text', (col) => col.notNull().references('conference.id'))
    .addColumn('qa_id', 'text', (col) => col.notNull().references('qa_item.id'))
    .addColumn('position', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('conference_qa_pk', ['conference_id', 'qa_id'])
    .execute();
}
