import type { Kysely } from 'kysely';

// Frozen: once landed, never edit this file; add a new migration instead.
// The contacts table pages through 100,000 people in name or update order, active people only
// unless asked. These covering indexes let a page at any depth be read from the index alone:
// without them a page at offset 50,000 walked the name index and fetched every row it skipped.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('contact_active_name').on('contact').columns(['active', 'full_name', 'id']).execute();
  await db.schema.createIndex('contact_active_updated').on('contact').columns(['active', 'updated_at', 'id']).execute();
}
