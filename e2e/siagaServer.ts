import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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
  process: ChildProcess;
  /** Sends SIGTERM and resolves with the exit code. */
  stop(): Promise<number | null>;
}

const webEntry = join(__dirname, '..', 'out', 'main', 'web.js');

/** The demo store's password for every demo account (`siaga demo`). */
export const demoPassword = 'Siaga-Demo-2026';

/** Fills a fresh data directory with the demo office and one user per role. */
export function seedDemo(dataDir: string): void {
  execFileSync('npm', ['run', '-s', 'siaga', '--', 'demo', '--data-dir', dataDir], {
    cwd: join(__dirname, '..'),
    stdio: 'pipe',
  });
}

/** Starts browser mode (`node out/main/web.js`) on a fresh data directory and a free port. */
export async function startSiaga(
  dataDir = mkdtempSync(join(tmpdir(), 'siaga-e2e-')),
  options: { demo?: boolean } = {},
): Promise<SiagaServer> {
  if (!existsSync(webEntry)) throw new Error('Run `npm run build` before the e2e tests');
  if (options.demo) seedDemo(dataDir);
  const child = spawn(process.execPath, [webEntry, '--data-dir', dataDir, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
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
    process: child,
    stop: () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}
