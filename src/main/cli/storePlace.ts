import { existsSync } from 'node:fs';
import { databaseFileIn, describeServer } from '../core/db/store';
import { readAppliedMigrations } from '../core/db/migrator';
import { openServerConnection } from '../core/db/serverConnection';
import { CommandFailed, UsageError } from './io';

/**
 * Where a command finds the office: the embedded file in the data folder, or the office server
 * when `--database-url` (or SIAGA_DATABASE_URL) names one. The data folder is the desk's either way
 * (its backups, its settings).
 */
export interface StorePlace {
  dataDir: string;
  databaseUrl: string | undefined;
}

/** `--database-url` wins over SIAGA_DATABASE_URL; only a PostgreSQL URL is taken. */
export function databaseUrlFrom(flag: string | undefined, env: Record<string, string | undefined>): string | undefined {
  const value = flag ?? (env.SIAGA_DATABASE_URL || undefined);
  if (value === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError('--database-url must look like postgres://USER:PASSWORD@HOST:PORT/DATABASE');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new UsageError(`--database-url must be a postgres:// URL, not ${url.protocol}//…`);
  }
  return value;
}

/** Where the data is, for messages: the file, or the server without its password. */
export function describePlace(place: StorePlace): string {
  return place.databaseUrl ? describeServer(place.databaseUrl) : databaseFileIn(place.dataDir);
}

/** The database file of an existing data directory; commands that read never create one. */
export function existingDatabase(dataDir: string): string {
  const file = databaseFileIn(dataDir);
  if (!existsSync(file)) throw new CommandFailed(`No Siaga data in ${dataDir} (expected ${file}).`);
  return file;
}

/** Whether the server database already holds Siaga's tables (an office, or one being set up). */
export async function serverHoldsSiaga(url: string): Promise<boolean> {
  const connection = openServerConnection(url, { maxConnections: 1 });
  try {
    return (await readAppliedMigrations(connection.db)).length > 0;
  } catch (error) {
    throw new CommandFailed(`Cannot use the office server ${describeServer(url)}: ${(error as Error).message}`);
  } finally {
    await connection.close();
  }
}

/** Refuses a command that reads an office where there is none (it would otherwise create one). */
export async function existingStore(place: StorePlace): Promise<void> {
  if (place.databaseUrl === undefined) {
    existingDatabase(place.dataDir);
    return;
  }
  if (!(await serverHoldsSiaga(place.databaseUrl))) {
    throw new CommandFailed(`No Siaga data on the office server ${describeServer(place.databaseUrl)}.`);
  }
}
