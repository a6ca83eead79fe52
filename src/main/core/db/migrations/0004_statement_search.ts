import { sql, type Kysely } from 'kysely';

// Frozen: once landed, never edit this file; add a new migration instead.
// SQLite-only (FTS5): the search module (core/search) is the only code that reads this table; a
// PostgreSQL store would build its own index (tsvector) in its own migration.
export async function up(db: Kysely<unknown>): Promise<void> {
  // One row per statement, rewritten on every content change. `remove_diacritics 2` lets
  // "kerusakan" find "kerusakán" pasted from elsewhere; prefix indexes keep "banj*" fast.
  await sql`create virtual table statement_fts using fts5(
              statement_id unindexed, number, title, summary, body, tags,
              tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')`.execute(db);
}
