import { sql, type Kysely } from 'kysely';

// Frozen: once landed, never edit this file; add a new migration instead.
// The post-crisis evaluation's lessons learned (one text per section, written by the team) and
// the official figures a statement quotes (one version per series), so a draft that quotes a
// figure that has since been superseded is stopped before it is submitted.

const sectionCheck = sql`section in ('went_well', 'to_improve', 'recommendations')`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('crisis_lesson')
    .addColumn('crisis_id', 'text', (col) => col.notNull().references('crisis.id').onDelete('cascade'))
    .addColumn('section', 'text', (col) => col.notNull().check(sectionCheck))
    .addColumn('text', 'text', (col) => col.notNull())
    .addColumn('updated_by', 'text', (col) => col.notNull().references('account.id'))
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('crisis_lesson_pk', ['crisis_id', 'section'])
    .execute();

  await db.schema
    .createTable('statement_figure')
    .addColumn('statement_id', 'text', (col) => col.notNull().references('statement.id').onDelete('cascade'))
    .addColumn('series_id', 'text', (col) => col.notNull())
    .addColumn('figure_id', 'text', (col) => col.notNull().references('official_figure.id'))
    .addColumn('quoted_by', 'text', (col) => col.notNull().references('account.id'))
    .addColumn('quoted_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('statement_figure_pk', ['statement_id', 'series_id'])
    .execute();
}
