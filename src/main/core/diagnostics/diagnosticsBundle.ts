import { sql } from 'kysely';
import type { DataScope } from '../../../shared/ipc/appInfo';
import { readAppInfo } from '../app/appInfoService';
import type { Store } from '../db/store';
import { verifyServerStore, verifyStore, type StoreCheck } from '../db/verifyStore';
import type { FileLog, LogEntry } from './fileLog';

/**
 * What a desk hands its office's IT person when something is wrong: versions, the store and its
 * checks (the same as `siaga verify`), the queues that should be moving, and the recent errors
 * from the desk's log. Counts and states only: no record's content, no person's data, no secret
 * (the server is named by host and database, never by its password).
 */
export interface DiagnosticsBundle {
  generatedAt: string;
  app: { version: string; schemaVersion: number; latestSchemaVersion: number };
  runtime: { node: string; electron: string | null; platform: string; arch: string };
  /** `folderFor`: who the data folder is for (a split office shows here: an account on its own folder). */
  store: { kind: 'embedded' | 'server'; where: string; engine: string; journal: string; folderFor: DataScope };
  checks: StoreCheck[];
  /** Rows per table: how big this office's store is. */
  tables: { table: string; rows: number }[];
  /** Messages waiting, sending or failed; feeds failing; backups on record. */
  queues: { outbox: Record<string, number>; feedsFailing: number; feeds: number };
  recentErrors: LogEntry[];
}

export interface DiagnosticsDeps {
  store: Store;
  appVersion: string;
  /** Who the data folder is for; `account` unless said. */
  dataScope?: DataScope | undefined;
  /** The office server's address, for its checks (never written into the bundle). */
  databaseUrl: string | undefined;
  log: FileLog | undefined;
  now: () => Date;
}

const countedTables = [
  'account',
  'audit_log',
  'statement',
  'statement_revision',
  'contact',
  'outlet',
  'distribution',
  'outbox',
  'conference',
  'crisis',
  'hoax',
  'feed',
  'feed_signal',
  'attachment_blob',
] as const;

export async function diagnosticsBundle(deps: DiagnosticsDeps): Promise<DiagnosticsBundle> {
  const { store } = deps;
  const { db } = store.connection;
  const info = await readAppInfo(store, deps.appVersion, deps.dataScope);
  const report =
    info.store === 'embedded'
      ? await verifyStore(store.file)
      : deps.databaseUrl
        ? await verifyServerStore(deps.databaseUrl)
        : { checks: [] };
  const tables: DiagnosticsBundle['tables'] = [];
  for (const table of countedTables) {
    const row = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table)}`.execute(db);
    tables.push({ table, rows: Number(row.rows[0]?.n ?? 0) });
  }
  const outbox = await db
    .selectFrom('outbox')
    .select((eb) => ['status', eb.fn.countAll<number>().as('n')])
    .groupBy('status')
    .execute();
  const feeds = await db
    .selectFrom('feed')
    .select((eb) => [
      eb.fn.countAll<number>().as('all'),
      eb.fn.sum<number>(eb.case().when('last_error', 'is not', null).then(1).else(0).end()).as('failing'),
    ])
    .executeTakeFirst();
  return {
    generatedAt: deps.now().toISOString(),
    app: { version: info.appVersion, schemaVersion: info.schemaVersion, latestSchemaVersion: info.latestSchemaVersion },
    runtime: {
      node: process.versions.node,
      electron: process.versions.electron ?? null,
      platform: process.platform,
      arch: process.arch,
    },
    store: {
      kind: info.store,
      where: store.file,
      engine: info.engineVersion,
      journal: info.journalMode,
      folderFor: info.dataScope,
    },
    checks: report.checks,
    tables,
    queues: {
      outbox: Object.fromEntries(outbox.map((row) => [row.status, Number(row.n)])),
      feeds: Number(feeds?.all ?? 0),
      feedsFailing: Number(feeds?.failing ?? 0),
    },
    recentErrors: deps.log?.recent(100) ?? [],
  };
}
