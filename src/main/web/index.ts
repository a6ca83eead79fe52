/**
 * Browser-mode entry (out/main/web.js): starts the core worker and the loopback bridge, prints
 * the one line with the address and token, and closes the store cleanly on SIGINT/SIGTERM.
 */
import { join } from 'node:path';
import { appVersion } from '../core/appVersion';
import { resolveDataDir } from '../core/dataDir';
import { backupOnQuitTimeoutMs } from '../core/worker/protocol';
import { CoreStartupError, WorkerCoreClient } from '../core/worker/workerClient';
import { parseWebArgs, webUsage, type WebArgs } from './args';
import { startWebBridge, type WebBridge } from './server';

let core: WorkerCoreClient | undefined;
let bridge: WebBridge | undefined;
let stopping = false;

/** Closes what has started so far; safe at any moment, including during start-up. */
function stop(): void {
  if (stopping) return;
  stopping = true;
  void (async () => {
    await bridge?.close();
    await core?.close();
    process.exit(0);
  })();
}

// Registered before anything starts: a signal that arrives while the store is opening, or
// right after the address is printed, must still close the store cleanly.
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

async function main(): Promise<void> {
  let args: WebArgs;
  try {
    args = parseWebArgs(process.argv.slice(2), process.env);
  } catch (error) {
    console.error(`${(error as Error).message}\n${webUsage}`);
    process.exit(2);
  }
  const dataDir = resolveDataDir(args.dataDir);
  try {
    core = await WorkerCoreClient.start({
      workerPath: join(__dirname, 'worker.js'),
      config: {
        dataDir,
        // Named with --data-dir or SIAGA_DATA_DIR, else this account's own folder.
        dataScope: args.dataDir || process.env.SIAGA_DATA_DIR ? 'given' : 'account',
        appVersion,
        backupSchedule: true,
        feedPolling: true,
        ...(args.databaseUrl ? { databaseUrl: args.databaseUrl } : {}),
      },
      closeTimeoutMs: backupOnQuitTimeoutMs,
    });
  } catch (error) {
    console.error(error instanceof CoreStartupError ? `Siaga cannot start: ${error.message}` : error);
    process.exit(1);
  }
  if (stopping) return void (await core.close());
  bridge = await startWebBridge({ core, rendererDir: join(__dirname, '../renderer'), port: args.port });
  if (stopping) return void (await bridge.close());
  console.log(`Siaga web: ${bridge.url}`);
}

void main();
