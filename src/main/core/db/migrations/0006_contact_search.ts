import { sql, type Kysely } from 'kysely';

// Frozen: once landed, never edit this file; add a new migration instead.
// SQLite-only (FTS5), read and written by core/search alone. `secure-delete` makes a deleted row's
// tokens leave the index at once: an erased journalist is not findable in the index's pages.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create virtual table contact_fts using fts5(
              contact_id unindexed, name, outlets, emails, phones, beats, notes,
              tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')`.execute(db);
  await sql`insert into contact_fts(contact_fts, rank) values('secure-delete', 1)`.execute(db);
}
