import { join } from 'node:path';
import { backupOnQuitTimeoutMs } from '../core/worker/protocol';
import { WorkerCoreClient } from '../core/worker/workerClient';
import { safeStorageSecrets } from './safeStorageSecrets';

/** Starts the core worker on the desktop data folder (Electron's userData); secrets stay with the shell. */
export function startCoreWorker(mainDir: string, dataDir: string, appVersion: string): Promise<WorkerCoreClient> {
  return WorkerCoreClient.start({
    workerPath: join(mainDir, 'worker.js'),
    config: {
      dataDir,
      appVersion,
      secrets: 'host',
      backupSchedule: true,
      feedPolling: true,
      // For an administrator's or a kiosk's fixed setup; people choose the server in the settings.
      ...(process.env.SIAGA_DATABASE_URL ? { databaseUrl: process.env.SIAGA_DATABASE_URL } : {}),
    },
    secrets: safeStorageSecrets(dataDir),
    closeTimeoutMs: backupOnQuitTimeoutMs,
  });
}
