import type { Kysely } from 'kysely';

// Frozen: once landed, never edit this file; add a new migration instead.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('preference')
    .addColumn('key', 'text', (col) => col.primaryKey())
    .addColumn('value_json', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
}
