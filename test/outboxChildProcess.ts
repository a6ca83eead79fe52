import { spawn } from 'node:child_process';
import { outboxChildPath } from './setup/testWorker';

/**
 * Starts a sending core in a child process (test/fixtures/outboxChild.ts), for the crash tests to
 * kill; resolves `ready` once it says it is sending. `databaseUrl`: a desk of an office server.
 */
export function startOutboxChild(dataDir: string, now: Date, databaseUrl?: string) {
  const child = spawn(
    process.execPath,
    [outboxChildPath, dataDir, now.toISOString(), ...(databaseUrl ? [databaseUrl] : [])],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`child exited early with ${code}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, ready, exited };
}
