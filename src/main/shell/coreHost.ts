import { join } from 'node:path';
import { WorkerCoreClient } from '../core/worker/workerClient';

/** Starts the core worker on the desktop data folder (Electron's userData). */
export function startCoreWorker(mainDir: string, dataDir: string, appVersion: string): Promise<WorkerCoreClient> {
  return WorkerCoreClient.start({ workerPath: join(mainDir, 'worker.js'), config: { dataDir, appVersion } });
}
