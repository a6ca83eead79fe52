import type BetterSqlite3 from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/** Distinct SQL texts kept prepared: every query the core builds, with room to spare. */
const defaultCapacity = 512;

/**
 * The embedded file's connection as Kysely sees it, with its prepared statements kept. Kysely's
 * SQLite driver prepares every query anew; parsing and planning the SQL then cost as much as
 * running it for the small, frequent reads the desk makes every few seconds (the home board, the
 * session check in front of every call). The SQL text is the key: the query builder produces the
 * same text for the same query with its values as parameters.
 *
 * Least recently used texts leave first, so text with values written into it (rare) cannot grow
 * the cache without bound. A statement still being iterated (a stream) is busy and cannot run
 * again, so a query that finds its statement busy gets a fresh one for that call.
 */
export function cachedStatements(sqlite: BetterSqlite3.Database, capacity = defaultCapacity): SqliteDatabase {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(text: string): SqliteStatement {
      const known = cache.get(text);
      if (known) {
        if (known.busy) return sqlite.prepare(text);
        // Map order is insertion order: moving the text to the end keeps the order by last use.
        cache.delete(text);
        cache.set(text, known);
        return known;
      }
      const statement = sqlite.prepare(text);
      cache.set(text, statement);
      if (cache.size > capacity) cache.delete(cache.keys().next().value as string);
      return statement;
    },
  };
}
