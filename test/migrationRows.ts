import type Database from 'better-sqlite3';

/**
 * The account 'a1' ('penyusun') that migration tests hang their rows on, written with the columns
 * of migration 0002 (so it works on a store at any later version).
 */
export function insertAccount(sqlite: Database.Database, at: string): void {
  sqlite
    .prepare(
      `insert into account (id, username, full_name, nip, position, email, phone, password_hash, active,
        failed_attempts, locked_until, created_at, updated_at)
       values ('a1', 'penyusun', 'Penyusun', '', '', '', '', 'x', 1, 0, null, ?, ?)`,
    )
    .run(at, at);
}

/** SQLite's plan for a query, its steps joined: what a migration's index is for shows up here. */
export function queryPlan(sqlite: Database.Database, query: string): string {
  return (sqlite.prepare(`explain query plan ${query}`).all() as { detail: string }[])
    .map((row) => row.detail)
    .join('; ');
}
