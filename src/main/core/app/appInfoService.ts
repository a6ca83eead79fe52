import { sql } from 'kysely';
import type { AppInfo } from '../../../shared/ipc/appInfo';
import { latestSchemaVersion } from '../db/migrations';
import { readAppliedMigrations } from '../db/migrator';
import type { Store } from '../db/store';

export async function readAppInfo(store: Store, appVersion: string): Promise<AppInfo> {
  const { db, sqlite } = store.connection;
  const applied = await readAppliedMigrations(db);
  const version = await sql<{ version: string }>`select sqlite_version() as version`.execute(db);
  return {
    appVersion,
    dataDir: store.dataDir,
    databaseFile: store.file,
    schemaVersion: applied.length,
    latestSchemaVersion,
    sqliteVersion: version.rows[0]?.version ?? 'unknown',
    journalMode: String(sqlite.pragma('journal_mode', { simple: true })),
  };
}
