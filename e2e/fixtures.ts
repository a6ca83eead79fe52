import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';

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

async function runServer(server: SiagaServer, use: (server: SiagaServer) => Promise<void>): Promise<void> {
  await use(server);
  // A clean stop closes the store and exits 0: part of every test.
  expect(await server.stop()).toBe(0);
  rmSync(server.dataDir, { recursive: true, force: true });
}

export const test = base.extend<{ siaga: SiagaServer; demo: SiagaServer }>({
  // Playwright reads the fixture's dependencies from this destructuring; these have none.
  // eslint-disable-next-line no-empty-pattern
  siaga: async ({}, use) => runServer(await startSiaga(), use),
  // eslint-disable-next-line no-empty-pattern
  demo: async ({}, use) => runServer(await startSiaga(undefined, { demo: true }), use),
});

/** Signs in on the sign-in screen (Indonesian labels). */
export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel(/^Nama pengguna/).fill(username);
  await page.getByLabel(/^Kata sandi/).fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
}

/** Signs out through the user menu and waits for the sign-in screen. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Menu pengguna' }).click();
  await page.getByRole('menuitem', { name: 'Keluar' }).click();
  await expect(page.getByRole('heading', { name: 'Masuk ke Siaga' })).toBeVisible();
}

/** Signs in as the administrator and points Siaga at a mail server (no encryption, no rate limit). */
export async function setMailServer(page: Page, port: number): Promise<void> {
  await signIn(page, 'admin', demoPassword);
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Server Surel' }).click();
  await page.getByRole('textbox', { name: 'Server SMTP' }).fill('127.0.0.1');
  await page.getByRole('combobox', { name: 'Keamanan' }).click();
  await page.getByRole('option', { name: 'Tanpa enkripsi (relai internal)' }).click();
  await page.getByRole('textbox', { name: 'Port' }).fill(String(port));
  await page.getByRole('textbox', { name: 'Nama pengirim' }).fill('Humas Diskominfo Sleman');
  await page.getByRole('textbox', { name: 'Alamat pengirim' }).fill('humas@slemankab.go.id');
  // The office relay takes everything at once (the default is 30 a minute).
  await page.getByRole('textbox', { name: 'Batas per menit' }).fill('');
  await page.getByRole('button', { name: 'Simpan pengaturan' }).click();
  await expect(page.getByText('Pengaturan server surel disimpan.')).toBeVisible();
}

export { expect };
