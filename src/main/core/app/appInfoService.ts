import { sql } from 'kysely';
import type { AppInfo, DataScope } from '../../../shared/ipc/appInfo';
import { latestSchemaVersion } from '../db/migrations';
import { readAppliedMigrations } from '../db/migrator';
import type { Store } from '../db/store';

export async function readAppInfo(
  store: Store,
  appVersion: string,
  dataScope: DataScope = 'account',
): Promise<AppInfo> {
  const { db, sqlite } = store.connection;
  const applied = await readAppliedMigrations(db);
  // On the office server the engine line names PostgreSQL and its version; there is no journal.
  const version = sqlite
    ? await sql<{ version: string }>`select sqlite_version() as version`.execute(db)
    : await sql<{ version: string }>`select 'PostgreSQL ' || current_setting('server_version') as version`.execute(db);
  return {
    appVersion,
    dataDir: store.dataDir,
    dataScope,
    databaseFile: store.file,
    schemaVersion: applied.length,
    latestSchemaVersion,
    engineVersion: version.rows[0]?.version ?? 'unknown',
    journalMode: sqlite ? String(sqlite.pragma('journal_mode', { simple: true })) : 'server',
    store: sqlite ? 'embedded' : 'server',
  };
}
