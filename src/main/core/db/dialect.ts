import { PostgresAdapter, type Kysely } from 'kysely';

/**
 * Which engine a store runs on: the embedded SQLite file (one desk) or the office's PostgreSQL
 * server (many desks). One core serves both; what must differ is asked of `dialectOf` in small,
 * named places (migrations' DDL, search, locks), never spread through the services.
 */
export type DialectName = 'sqlite' | 'postgres';

// Kysely has no public "which dialect" question; its adapter class answers it.
export function dialectOf(db: Pick<Kysely<unknown>, 'getExecutor'>): DialectName {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}
