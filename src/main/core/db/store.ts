import { ownerOnlyFile, ownerOnlyFolder } from './ownerOnly';
import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { join } from 'node:path';
import { openConnection, type Connection } from './connection';
import type { DialectName } from './dialect';
import { migrateDatabase, migrateStore, type MigrateOptions, type MigrationOutcome } from './migrator';
import type { Database } from './schema';
import { openServerConnection } from './serverConnection';
import { refuseNetworkShare } from './networkShare';
import { checkStoreFile, isDamageError, quickCheck, StoreDamagedError } from './storeDamage';

export const databaseFileName = 'siaga.sqlite';
export const backupDirName = 'backups';

export function databaseFileIn(dataDir: string): string {
  return join(dataDir, databaseFileName);
}

/** A store's handles: Kysely for every query on either engine, and the embedded file's own. */
export interface StoreConnection {
  db: Kysely<Database>;
  /**
   * The embedded file's better-sqlite3 handle, for what only SQLite does (online backup, pragmas,
   * the bulk writers' prepared statements); null on the office server.
   */
  sqlite: BetterSqlite3.Database | null;
}

export interface Store {
  dataDir: string;
  dialect: DialectName;
  /** Where the data is, for people: the data file, or the server's `host:port/database` (no password). */
  file: string;
  connection: StoreConnection;
  migration: MigrationOutcome;
  close(): Promise<void>;
}

/** A store in the embedded file: its SQLite handle is always there. */
export interface EmbeddedStore extends Store {
  dialect: 'sqlite';
  connection: { db: Kysely<Database>; sqlite: BetterSqlite3.Database };
}

/** The embedded file's SQLite handle, for what only SQLite does; refuses an office server store. */
export function embeddedSqlite(store: Store): BetterSqlite3.Database {
  if (!store.connection.sqlite) throw new Error(`${store.file} is on the office server, not an embedded file`);
  return store.connection.sqlite;
}

export interface OpenStoreOptions {
  dataDir: string;
  /** Only for migration tests; defaults to every migration. */
  migrations?: MigrateOptions['migrations'];
  now?: () => Date;
}

/**
 * Opens (creating if needed) the store in a data directory and migrates it to the newest schema.
 * A folder on a network share is refused first (`NetworkShareError`); a file that fails SQLite's
 * quick check, or that SQLite calls corrupt, is never written to (`StoreDamagedError`).
 */
export async function openStore(options: OpenStoreOptions): Promise<EmbeddedStore> {
  refuseNetworkShare(options.dataDir);
  ownerOnlyFolder(options.dataDir);
  const file = databaseFileIn(options.dataDir);
  ownerOnlyFile(file);
  const checked = checkStoreFile(file);
  let connection: Connection;
  try {
    connection = openConnection(file);
  } catch (error) {
    if (isDamageError(error)) throw new StoreDamagedError(file, [(error as Error).message]);
    throw error;
  }
  try {
    if (!checked) quickCheck(connection.sqlite, file);
    const migration = await migrateStore(connection, {
      backupDir: join(options.dataDir, backupDirName),
      ...(options.migrations ? { migrations: options.migrations } : {}),
      ...(options.now ? { now: options.now } : {}),
    });
    return {
      dataDir: options.dataDir,
      dialect: 'sqlite',
      file,
      connection: { db: connection.db, sqlite: connection.sqlite },
      migration,
      close: () => connection.close(),
    };
  } catch (error) {
    await connection.close();
    if (isDamageError(error)) throw new StoreDamagedError(file, [(error as Error).message]);
    throw error;
  }
}

/** Where an office server store is and which migrations to run (tests pass fewer). */
export interface OpenServerStoreOptions {
  /** `postgres://user:password@host:port/database` */
  url: string;
  /** The desk's own folder (secrets, exports); the data itself is on the server. */
  dataDir: string;
  migrations?: MigrateOptions['migrations'];
  now?: () => Date;
}

/** The server and database of a URL for people to read: never the user's password. */
export function describeServer(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
}

/**
 * Opens the office's PostgreSQL store and migrates it to the newest schema (one desk at a time;
 * a database from a newer Siaga is refused before anything changes). The desk's own folder holds
 * only what is the desk's: its secrets and the files people save.
 */
export async function openServerStore(options: OpenServerStoreOptions): Promise<Store> {
  ownerOnlyFolder(options.dataDir);
  const connection = openServerConnection(options.url);
  try {
    const migration = await migrateDatabase(connection.db, {
      ...(options.migrations ? { migrations: options.migrations } : {}),
      ...(options.now ? { now: options.now } : {}),
    });
    return {
      dataDir: options.dataDir,
      dialect: 'postgres',
      file: describeServer(options.url),
      connection: { db: connection.db, sqlite: null },
      migration,
      close: () => connection.close(),
    };
  } catch (error) {
    await connection.close();
    throw error;
  }
}
