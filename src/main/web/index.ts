/**
 * Browser-mode entry (out/main/web.js): starts the core worker and the loopback bridge, prints
 * the one line with the address and token, and closes the store cleanly on SIGINT/SIGTERM.
 */
import { join } from 'node:path';
import { appVersion } from '../core/appVersion';
import { resolveDataDir } from '../core/dataDir';
import { CoreStartupError, WorkerCoreClient } from '../core/worker/workerClient';
import { parseWebArgs, webUsage } from './args';
import { startWebBridge } from './server';

async function main(): Promise<void> {
  let args;
  try {
    args = parseWebArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n${webUsage}`);
    process.exit(2);
  }
  const dataDir = resolveDataDir(args.dataDir);
  let core: WorkerCoreClient;
  try {
    core = await WorkerCoreClient.start({ workerPath: join(__dirname, 'worker.js'), config: { dataDir, appVersion } });
  } catch (error) {
    console.error(error instanceof CoreStartupError ? `Siaga cannot start: ${error.message}` : error);
    process.exit(1);
  }
  const bridge = await startWebBridge({ core, rendererDir: join(__dirname, '../renderer'), port: args.port });
  console.log(`Siaga web: ${bridge.url}`);

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void (async () => {
      await bridge.close();
      await core.close();
      process.exit(0);
    })();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
