import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openConnection, type Connection } from './connection';
import { migrateStore, type MigrateOptions, type MigrationOutcome } from './migrator';
import { refuseNetworkShare } from './networkShare';
import { checkStoreFile, isDamageError, quickCheck, StoreDamagedError } from './storeDamage';

export const databaseFileName = 'siaga.sqlite';
export const backupDirName = 'backups';

export function databaseFileIn(dataDir: string): string {
  return join(dataDir, databaseFileName);
}

export interface Store {
  dataDir: string;
  file: string;
  connection: Connection;
  migration: MigrationOutcome;
  close(): Promise<void>;
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
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  refuseNetworkShare(options.dataDir);
  mkdirSync(options.dataDir, { recursive: true });
  const file = databaseFileIn(options.dataDir);
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
    return { dataDir: options.dataDir, file, connection, migration, close: () => connection.close() };
  } catch (error) {
    await connection.close();
    if (isDamageError(error)) throw new StoreDamagedError(file, [(error as Error).message]);
    throw error;
  }
}
