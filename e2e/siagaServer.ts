import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase } from '../test/postgres/adminClient';

/**
 * Browser mode as a separate process on a fresh data directory: what the e2e tests and the
 * golden-hour bench drive. No test-runner dependency, so the bench can use it too.
 */

export interface SiagaServer {
  /** The address with the token, exactly as printed on start. */
  url: string;
  /** The address without the token. */
  origin: string;
  dataDir: string;
  /** The office server database this desk uses (e2e runs on PostgreSQL), else undefined. */
  databaseUrl: string | undefined;
  /** `--data-dir DIR` and, on the office server, `--database-url URL`: where the CLI finds this office. */
  storeArgs: string[];
  process: ChildProcess;
  /** Sends SIGTERM and resolves with the exit code. */
  stop(): Promise<number | null>;
}

const webEntry = join(__dirname, '..', 'out', 'main', 'web.js');

/**
 * Which store the e2e run drives: `SIAGA_E2E_STORE=postgres` (npm test runs the suite once more
 * so) puts every desk on its own database of a throwaway PostgreSQL server (e2e/globalSetup.ts).
 */
export const e2eStore: 'embedded' | 'postgres' = process.env.SIAGA_E2E_STORE === 'postgres' ? 'postgres' : 'embedded';

/** A fresh, empty office server database for one desk (only on the PostgreSQL run). */
export async function freshDatabaseUrl(): Promise<string | undefined> {
  if (e2eStore !== 'postgres') return undefined;
  const adminUrl = process.env.SIAGA_E2E_PG_ADMIN_URL;
  if (!adminUrl) throw new Error('SIAGA_E2E_STORE=postgres needs the server e2e/globalSetup.ts starts');
  return (await createTestDatabase(adminUrl, 'siaga_e2e')).url;
}

/** The demo store's password for every demo account (`siaga demo`). */
export const demoPassword = 'Siaga-Demo-2026';

/** Fills a fresh data directory (or office server database) with the demo office and one user per role. */
export function seedDemo(dataDir: string, databaseUrl?: string): void {
  const server = databaseUrl ? ['--database-url', databaseUrl] : [];
  execFileSync('npm', ['run', '-s', 'siaga', '--', 'demo', '--data-dir', dataDir, ...server], {
    cwd: join(__dirname, '..'),
    stdio: 'pipe',
  });
}

/** Starts browser mode (`node out/main/web.js`) on a fresh data directory and a free port. */
export async function startSiaga(
  dataDir = mkdtempSync(join(tmpdir(), 'siaga-e2e-')),
  options: { demo?: boolean; databaseUrl?: string; embedded?: boolean; deskName?: string } = {},
): Promise<SiagaServer> {
  if (!existsSync(webEntry)) throw new Error('Run `npm run build` before the e2e tests');
  // `embedded`: this desk on its own file even on the PostgreSQL run (a desk before it joins a server).
  const databaseUrl = options.embedded ? undefined : (options.databaseUrl ?? (await freshDatabaseUrl()));
  if (options.demo) seedDemo(dataDir, databaseUrl);
  const storeArgs = ['--data-dir', dataDir, ...(databaseUrl ? ['--database-url', databaseUrl] : [])];
  const child = spawn(process.execPath, [webEntry, ...storeArgs, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    // The desk's name on its sessions (presence): two desks on one machine are told apart by it.
    env: { ...process.env, ...(options.deskName ? { SIAGA_DESK_NAME: options.deskName } : {}) },
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => reject(new Error(`browser mode did not start: ${stderr}`)), 20_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /^Siaga web: (http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)$/m.exec(stdout);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`browser mode exited (${code}): ${stderr}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    url,
    origin: url.slice(0, url.indexOf('/#')),
    dataDir,
    databaseUrl,
    storeArgs,
    process: child,
    stop: () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}
