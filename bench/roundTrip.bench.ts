import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore } from '../src/main/core/core';
import { WorkerCoreClient } from '../src/main/core/worker/workerClient';
import buildTestWorker from '../test/setup/buildTestWorker';
import { testWorkerPath } from '../test/setup/testWorker';
import { latenciesUs, percentile, result, type BenchResult } from './measure';

const calls = 10_000;

/** The cost of the worker thread: the same small call through the worker and in-process. */
export async function benchRoundTrip(): Promise<BenchResult[]> {
  await buildTestWorker();
  const dataDir = mkdtempSync(join(tmpdir(), 'siaga-bench-rt-'));
  try {
    const core = await createCore({ dataDir: join(dataDir, 'in-process'), appVersion: 'bench' });
    await latenciesUs(500, () => core.call('preferences.get', {}));
    const inProcess = await latenciesUs(calls, () => core.call('preferences.get', {}));
    await core.close();

    const client = await WorkerCoreClient.start({
      workerPath: testWorkerPath,
      config: { dataDir: join(dataDir, 'worker'), appVersion: 'bench' },
    });
    await latenciesUs(500, () => client.call('preferences.get', {}));
    const throughWorker = await latenciesUs(calls, () => client.call('preferences.get', {}));
    await client.close();

    const label = 'same call in-process';
    return [
      result(
        `worker round trip p50 (${calls} preferences.get)`,
        percentile(throughWorker, 50),
        'µs',
        percentile(inProcess, 50),
        label,
      ),
      result(
        `worker round trip p95 (${calls} preferences.get)`,
        percentile(throughWorker, 95),
        'µs',
        percentile(inProcess, 95),
        label,
      ),
    ];
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
