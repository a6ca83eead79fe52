import { join } from 'node:path';

/** Where the global setup writes the bundled core worker for tests (the app uses out/main/worker.js). */
export const testWorkerDir = join(__dirname, '..', '..', '.cache', 'test-worker');
export const testWorkerPath = join(testWorkerDir, 'worker.js');
export const fixtureWorkerPath = join(testWorkerDir, 'fixtureWorker.js');
/** A process that runs the outbox sender until killed (the crash test). */
export const outboxChildPath = join(testWorkerDir, 'outboxChild.js');
/** A process that makes mixed writes until killed (the crash-safety test). */
export const crashChildPath = join(testWorkerDir, 'crashChild.js');
