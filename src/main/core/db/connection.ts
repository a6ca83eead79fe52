import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { applyPragmas, type PragmaReadback } from './pragmas';
import { cachedStatements } from './statementCache';
import type { Database } from './schema';
import { sqliteAddonOptions } from './nativeBinding';

export interface Connection {
  sqlite: BetterSqlite3.Database;
  db: Kysely<Database>;
  pragmas: PragmaReadback;
  close(): Promise<void>;
}

export interface OpenOptions {
  readonly?: boolean;
  /** Refuse to create a file that does not exist yet (verify, backup). */
  mustExist?: boolean;
}

/** Opens one SQLite file with the required pragmas and a Kysely handle over the same connection. */
export function openConnection(file: string, options: OpenOptions = {}): Connection {
  const sqlite = new BetterSqlite3(file, {
    ...sqliteAddonOptions(),
    readonly: options.readonly ?? false,
    fileMustExist: options.mustExist ?? false,
    timeout: 5000,
  });
  let pragmas: PragmaReadback;
  try {
    pragmas = options.readonly ? {} : applyPragmas(sqlite);
  } catch (error) {
    sqlite.close();
    throw error;
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: cachedStatements(sqlite) }) });
  let closed = false;
  return {
    sqlite,
    db,
    pragmas,
    async close() {
      if (closed) return;
      closed = true;
      // Kysely's destroy closes the better-sqlite3 handle it was given.
      await db.destroy();
      if (sqlite.open) sqlite.close();
    },
  };
}
