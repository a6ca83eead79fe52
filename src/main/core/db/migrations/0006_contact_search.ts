import { sql, type Kysely } from 'kysely';
import { onServer, serverSearchTable } from './portable';

// Frozen: once landed, never edit this file; add a new migration instead. (The office server's
// steps were added later beside the SQLite ones, which are unchanged: see README.)
// SQLite-only (FTS5), read and written by core/search alone. `secure-delete` makes a deleted row's
// tokens leave the index at once: an erased journalist is not findable in the index's pages.
export async function up(db: Kysely<unknown>): Promise<void> {
  if (onServer(db)) {
    // Weights of core/search's ranking: name 10, outlets, e-mails and phones 5, beats 2, notes 1.
    // A deleted row's words leave a PostgreSQL index with the row (no secure-delete to ask for).
    await serverSearchTable(db, 'contact_fts', 'contact_id', {
      name: 'A',
      outlets: 'B',
      emails: 'B',
      phones: 'B',
      beats: 'C',
      notes: 'D',
    });
    return;
  }
  await sql`create virtual table contact_fts using fts5(
              contact_id unindexed, name, outlets, emails, phones, beats, notes,
              tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')`.execute(db);
  await sql`insert into contact_fts(contact_fts, rank) values('secure-delete', 1)`.execute(db);
}
