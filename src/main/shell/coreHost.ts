import { join } from 'node:path';
import { backupOnQuitTimeoutMs } from '../core/worker/protocol';
import { WorkerCoreClient } from '../core/worker/workerClient';
import { fileSecretStore } from '../core/security/secretStore';
import type { DataScope } from './dataLocation';
import { safeStorageSecrets } from './safeStorageSecrets';

/**
 * Starts the core worker on the desktop data folder (desktopDataLocation.ts); secrets stay with the
 * shell. A machine-wide folder keeps its secrets as files in the folder, under the folder's
 * permissions (the "Siaga" group): the OS keychain (DPAPI) encrypts for one Windows account, and
 * the next account at the shared desk could not send the office's mail.
 */
export function startCoreWorker(
  mainDir: string,
  dataDir: string,
  appVersion: string,
  scope: DataScope,
): Promise<WorkerCoreClient> {
  return WorkerCoreClient.start({
    workerPath: join(mainDir, 'worker.js'),
    config: {
      dataDir,
      dataScope: scope === 'machine' ? 'machine' : scope === 'environment' ? 'given' : 'account',
      appVersion,
      secrets: 'host',
      backupSchedule: true,
      feedPolling: true,
      // For an administrator's or a kiosk's fixed setup; people choose the server in the settings.
      ...(process.env.SIAGA_DATABASE_URL ? { databaseUrl: process.env.SIAGA_DATABASE_URL } : {}),
    },
    secrets: scope === 'machine' ? fileSecretStore(dataDir) : safeStorageSecrets(dataDir),
    closeTimeoutMs: backupOnQuitTimeoutMs,
  });
}
