import type { AppInfo } from '../../../shared/ipc/appInfo';

/** An app.info answer as the core would give it, for view tests. */
export const sampleAppInfo: AppInfo = {
  appVersion: '0.1.0',
  dataDir: '/data',
  dataScope: 'account',
  databaseFile: '/data/siaga.sqlite',
  schemaVersion: 3,
  latestSchemaVersion: 3,
  engineVersion: '3.53.2',
  journalMode: 'wal',
  store: 'embedded' as const,
};
