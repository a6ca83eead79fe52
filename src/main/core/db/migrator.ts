import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { backupDatabase, type BackupResult } from './backup';
import type { Connection } from './connection';
import { dialectOf } from './dialect';
import type { Database } from './schema';
import { migrations as allMigrations, type MigrationDefinition } from './migrations';

/** The runner's own bookkeeping table: one row per applied migration. */
export const migrationTable = 'schema_migration';

interface MigrationBookkeeping {
  schema_migration: { name: string; applied_at: string };
}

/** The store was written by a newer Siaga: opening it with this build could corrupt it. */
export class NewerDatabaseError extends Error {
  readonly reason = 'newerDatabase';
  constructor(
    readonly storeVersion: number,
    readonly appVersion: number,
    readonly unknownMigrations: string[],
  ) {
    super(
      `This data file was written by a newer version of Siaga (schema ${storeVersion}; this app ` +
        `knows schema ${appVersion}). Install the newer Siaga, or open another data directory. ` +
        `Nothing was changed.`,
    );
    this.name = 'NewerDatabaseError';
  }
}

export class MigrationFailedError extends Error {
  readonly reason = 'migrationFailed';
  constructor(
    readonly migration: string,
    cause: unknown,
  ) {
    super(`Migration ${migration} failed and was rolled back: ${String(cause)}`, { cause });
    this.name = 'MigrationFailedError';
  }
}

export interface MigrationOutcome {
  fromVersion: number;
  toVersion: number;
  /** The verified copy taken before an existing store was changed. */
  backup?: BackupResult;
}

export async function readAppliedMigrations<DB>(db: Kysely<DB>): Promise<string[]> {
  const tables = await db.introspection.getTables();
  if (!tables.some((table) => table.name === migrationTable)) return [];
  const rows = await (db as unknown as Kysely<MigrationBookkeeping>)
    .selectFrom('schema_migration')
    .select('name')
    .orderBy('name')
    .execute();
  return rows.map((row) => row.name);
}

export interface MigrationState {
  applied: string[];
  /** Applied by a newer Siaga: names this build does not know. */
  unknown: string[];
  pending: string[];
  /** Migrations run in list order, so a sound store has applied exactly the start of the list. */
  isPrefix: boolean;
}

/** Compares what a store has applied with a build's list; used by the runner and by verify. */
export function migrationState(applied: string[], list: readonly MigrationDefinition[]): MigrationState {
  const known = list.map((m) => m.name);
  const unknown = applied.filter((name) => !known.includes(name));
  return {
    applied,
    unknown,
    pending: known.filter((name) => !applied.includes(name)),
    isPrefix: unknown.length === 0 && applied.every((name, index) => known[index] === name),
  };
}

export interface MigrateOptions {
  /** Where the pre-migration backup goes. */
  backupDir: string;
  /** Only for migration tests: the list to migrate with (defaults to every migration). */
  migrations?: readonly MigrationDefinition[];
  now?: () => Date;
}

/**
 * Brings an embedded store to the newest schema this build knows, taking and verifying a backup
 * first when the store already has data (see `migrateDatabase` for the rest).
 */
export async function migrateStore(connection: Connection, options: MigrateOptions): Promise<MigrationOutcome> {
  return migrateDatabase(connection.db, {
    ...(options.migrations ? { migrations: options.migrations } : {}),
    ...(options.now ? { now: options.now } : {}),
    backup: (fromVersion, toVersion) => {
      const stamp = (options.now?.() ?? new Date()).toISOString().replace(/[:.]/g, '-');
      const file = join(options.backupDir, `pre-migration-v${fromVersion}-to-v${toVersion}-${stamp}.sqlite`);
      return backupDatabase(connection.sqlite, file);
    },
  });
}

/** One key for "this database is being migrated" across every desk of an office (any 64-bit number, fixed). */
const migrationLockKey = 7_364_519_203;

export interface MigrateDatabaseOptions {
  migrations?: readonly MigrationDefinition[];
  now?: () => Date;
  /** A verified copy taken before a store with data is changed (the embedded file's). */
  backup?: (fromVersion: number, toVersion: number) => Promise<BackupResult>;
}

/**
 * Brings a database, embedded or on the office server, to the newest schema this build knows.
 * Refuses a database from a newer build before touching it; runs all pending migrations in one
 * transaction (both engines have transactional DDL), so a failure leaves it as it was. On the
 * office server one desk migrates at a time (a transaction-scoped advisory lock); a desk that
 * waited finds the work done and changes nothing.
 */
export async function migrateDatabase(
  database: Kysely<Database> | Kysely<unknown>,
  options: MigrateDatabaseOptions = {},
): Promise<MigrationOutcome> {
  const list = options.migrations ?? allMigrations;
  const db = database as unknown as Kysely<unknown>;
  const postgres = dialectOf(db) === 'postgres';
  const check = (applied: string[]) => {
    const { unknown, isPrefix } = migrationState(applied, list);
    if (unknown.length > 0) throw new NewerDatabaseError(applied.length, list.length, unknown);
    if (!isPrefix) {
      throw new MigrationFailedError(applied.join(', '), new Error('applied migrations are not a prefix of the list'));
    }
  };
  const before = await readAppliedMigrations(db);
  check(before);
  const fromVersion = before.length;
  const toVersion = list.length;
  if (fromVersion === toVersion) return { fromVersion, toVersion };

  const backup = fromVersion > 0 && options.backup ? await options.backup(fromVersion, toVersion) : undefined;

  // Kysely's own Migrator runs SQLite migrations without a transaction (its SQLite adapter
  // reports no transactional DDL), so a failed step would leave the schema half-changed. SQLite
  // and PostgreSQL both roll DDL back, so this runner applies every pending step in one transaction.
  const appliedAt = (options.now?.() ?? new Date()).toISOString();
  let current = '';
  let from = fromVersion;
  try {
    await db.transaction().execute(async (trx) => {
      if (postgres) {
        await sql`select pg_advisory_xact_lock(${migrationLockKey})`.execute(trx);
        // Another desk may have migrated while this one waited for the lock.
        const now = await readAppliedMigrations(trx);
        check(now);
        from = now.length;
      }
      await trx.schema
        .createTable(migrationTable)
        .ifNotExists()
        .addColumn('name', 'text', (col) => col.primaryKey())
        .addColumn('applied_at', 'text', (col) => col.notNull())
        .execute();
      const book = trx as unknown as Kysely<MigrationBookkeeping>;
      for (const migration of list.slice(from)) {
        current = migration.name;
        await migration.up(trx);
        await book.insertInto('schema_migration').values({ name: migration.name, applied_at: appliedAt }).execute();
      }
    });
  } catch (error) {
    throw new MigrationFailedError(current, error);
  }
  return backup ? { fromVersion, toVersion, backup } : { fromVersion, toVersion };
}
