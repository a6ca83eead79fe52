import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema';

export interface ServerConnection {
  db: Kysely<Database>;
  close(): Promise<void>;
}

/**
 * The answers node-postgres gives as strings where SQLite gives numbers: a count (int8) and a
 * numeric. Both stay far below 2^53 here (row counts, sums of small integers), so the core reads
 * numbers from either store.
 */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (oid === pg.types.builtins.INT8) return (value: string) => Number(value);
    if (oid === pg.types.builtins.NUMERIC) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format);
  }) as typeof pg.types.getTypeParser,
};

/** The most connections one desk holds; an office server serves tens of desks. */
const maxConnections = 10;

/**
 * Opens a pool on the office's PostgreSQL server (`postgres://user:password@host:port/database`,
 * TLS per the URL's `sslmode`). Nothing is read or written here; `openServerStore` migrates.
 */
export function openServerConnection(
  url: string,
  options: { connectTimeoutMs?: number; maxConnections?: number } = {},
): ServerConnection {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.maxConnections ?? maxConnections,
    // A desk waits this long for a server that does not answer, then says so (never forever).
    connectionTimeoutMillis: options.connectTimeoutMs ?? 15_000,
    types,
  });
  // An idle connection the server drops must not bring the app down: the pool replaces it.
  pool.on('error', () => undefined);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  let closed = false;
  return {
    db,
    async close() {
      if (closed) return;
      closed = true;
      await db.destroy();
    },
  };
}
