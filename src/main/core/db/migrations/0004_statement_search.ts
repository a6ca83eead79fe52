import { sql, type Kysely } from 'kysely';
import { onServer, serverSearchTable, serverSearchWords } from './portable';

// Frozen: once landed, never edit this file; add a new migration instead. (The office server's
// steps were added later beside the SQLite ones, which are unchanged: see README.)
// FTS5 in the embedded file; on the office server a table of the same columns with a weighted
// tsvector (portable.ts). The search module (core/search) is the only code that reads it.
export async function up(db: Kysely<unknown>): Promise<void> {
  if (onServer(db)) {
    await serverSearchWords(db);
    // The weights of core/search's bm25 ranking: number and title 10, summary 4, tags 3, body 1.
    await serverSearchTable(db, 'statement_fts', 'statement_id', {
      number: 'A',
      title: 'A',
      summary: 'B',
      tags: 'C',
      body: 'D',
    });
    return;
  }
  // One row per statement, rewritten on every content change. `remove_diacritics 2` lets
  // "kerusakan" find "kerusakán" pasted from elsewhere; prefix indexes keep "banj*" fast.
  await sql`create virtual table statement_fts using fts5(
              statement_id unindexed, number, title, summary, body, tags,
              tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')`.execute(db);
}
