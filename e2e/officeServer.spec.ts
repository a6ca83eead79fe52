import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { demoPassword, e2eStore, expect, seedDemo, signIn, startSiaga, test } from './fixtures';
import { nav, shot } from './desk';
import { freshDatabaseUrl } from './siagaServer';

// Skipped on the embedded run, by design: these flows join, move to and wait for an office server,
// and only the PostgreSQL run (SIAGA_E2E_STORE=postgres, which npm test and CI always run) starts
// one (e2e/globalSetup.ts). Starting a server for the embedded run too would run them twice.
test.skip(
  e2eStore !== 'postgres',
  'needs the throwaway PostgreSQL server that only the e2e-postgres run starts (it runs in npm test and CI)',
);

/** Types a database URL's parts into the connection form, the way an administrator would. */
async function fillServer(page: Page, url: string) {
  const parsed = new URL(url);
  await page.getByRole('textbox', { name: 'Alamat server' }).fill(parsed.hostname);
  await page.getByRole('textbox', { name: 'Port' }).fill(parsed.port);
  await page.getByRole('textbox', { name: 'Nama basis data' }).fill(parsed.pathname.slice(1));
  await page.getByRole('textbox', { name: 'Pengguna basis data' }).fill(decodeURIComponent(parsed.username));
  await page.getByLabel('Kata sandi basis data').fill(decodeURIComponent(parsed.password));
  // The test server listens on 127.0.0.1 without TLS.
  await page.getByRole('combobox', { name: 'Enkripsi sambungan (TLS)' }).click();
  await page.getByRole('option', { name: /^Tanpa TLS/ }).click();
}

const cli = (args: string[]) =>
  execFileSync('npm', ['run', '-s', 'siaga', '--', ...args], { cwd: join(__dirname, '..'), encoding: 'utf8' });

test('a new desk joins the office server from the first-run wizard, and its people sign in there', async ({ page }) => {
  const url = (await freshDatabaseUrl())!;
  seedDemo(mkdtempSync(join(tmpdir(), 'siaga-e2e-')), url);
  const desk = await startSiaga(undefined, { embedded: true });
  try {
    await page.goto(desk.url);
    await expect(page.getByRole('heading', { name: 'Selamat datang di Siaga' })).toBeVisible();
    await page.getByRole('radio', { name: /Server kantor/ }).check();
    await fillServer(page, url);
    await page.getByRole('button', { name: 'Uji koneksi' }).click();
    await expect(page.getByRole('status')).toContainText(/Tersambung ke PostgreSQL \d+.*sudah ada di server/);
    await shot(page, 'store-wizard');
    // A wrong password is refused in words, next to nothing lost.
    await page.getByLabel('Kata sandi basis data').fill('bukan-sandinya');
    await page.getByRole('button', { name: 'Uji koneksi' }).click();
    await expect(page.getByRole('alert')).toContainText('Pengguna atau kata sandi basis data ditolak server.');
    await page.getByLabel('Kata sandi basis data').fill(decodeURIComponent(new URL(url).password));
    await page.getByRole('button', { name: 'Pakai server ini' }).click();

    // The office on the server: this desk signs in with the accounts there.
    await expect(page.getByRole('heading', { name: 'Masuk ke Siaga' })).toBeVisible();
    await signIn(page, 'redaktur', demoPassword);
    await nav(page, 'Pernyataan');
    await expect(page.getByRole('link', { name: /Banjir/ }).first()).toBeVisible();
    const server = new URL(url);
    await expect(page.getByTestId('status-data-file')).toHaveText(
      `${server.hostname}:${server.port}${server.pathname}`,
    );
  } finally {
    expect(await desk.stop()).toBe(0);
    rmSync(desk.dataDir, { recursive: true, force: true });
  }
});

test('the administrator moves a one-desk office onto the server, proved, and the desk goes on there', async ({
  page,
}) => {
  const desk = await startSiaga(undefined, { demo: true, embedded: true });
  const url = (await freshDatabaseUrl())!;
  try {
    await page.goto(desk.url);
    await signIn(page, 'admin', demoPassword);
    await nav(page, 'Informasi Sistem');
    const panel = page.getByRole('region', { name: 'Tempat data kantor' });
    await expect(panel).toContainText('Komputer ini saja');
    await panel.getByRole('button', { name: 'Pindahkan ke server kantor…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Pindahkan data kantor ke server' });
    await fillServer(page, url);
    await dialog.getByRole('button', { name: 'Uji koneksi' }).click();
    await expect(dialog.getByRole('status')).toContainText('Basis data masih kosong');
    await shot(page, 'store-move');
    await dialog.getByRole('button', { name: 'Salin dan pindahkan' }).click();
    await expect(page.getByText(/Data kantor dipindahkan ke .*terbukti sama/)).toBeVisible({ timeout: 30_000 });
    await expect(panel).toContainText('Server kantor (PostgreSQL)');
    // Still signed in: the session moved with the office.
    await nav(page, 'Pernyataan');
    await expect(page.getByRole('link', { name: /Banjir/ }).first()).toBeVisible();
    await shot(page, 'store-moved');
    expect(cli(['verify', '--database-url', url])).toMatch(/Result: OK/);
  } finally {
    expect(await desk.stop()).toBe(0);
    rmSync(desk.dataDir, { recursive: true, force: true });
  }
});

test('a desk whose server moved says so, waits, and is pointed at the new address', async ({ page }) => {
  const url = (await freshDatabaseUrl())!;
  seedDemo(mkdtempSync(join(tmpdir(), 'siaga-e2e-')), url);
  const dataDir = mkdtempSync(join(tmpdir(), 'siaga-e2e-'));
  const parsed = new URL(url);
  // The desk was set to the server's old address, where nothing answers now.
  writeFileSync(
    join(dataDir, 'office-server.json'),
    JSON.stringify({
      server: {
        host: '127.0.0.1',
        port: 1,
        database: parsed.pathname.slice(1),
        user: 'siaga_test',
        tls: 'off',
        caFile: null,
      },
    }),
  );
  const desk = await startSiaga(dataDir, { embedded: true });
  try {
    await page.goto(desk.url);
    await expect(page.getByRole('heading', { name: 'Server kantor tidak dapat dipakai' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('Server kantor tidak dapat dihubungi.');
    await page.getByRole('button', { name: 'Coba lagi' }).click();
    await expect(page.getByRole('heading', { name: 'Server kantor tidak dapat dipakai' })).toBeVisible();
    await shot(page, 'store-unavailable');
    // The language switch works without a store to keep it.
    await page.getByText('EN', { exact: true }).click();
    await expect(page.getByRole('heading', { name: 'The office server cannot be used' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('The office server cannot be reached.');
    await page.getByRole('button', { name: 'Fix the connection' }).click();
    await expect(page.getByRole('textbox', { name: 'Server address' })).toBeVisible();
    await shot(page, 'store-unavailable-en');
    await page.getByText('ID', { exact: true }).click();
    await expect(page.getByRole('button', { name: 'Pakai server ini' })).toBeVisible();
    await fillServer(page, url);
    await page.getByRole('button', { name: 'Pakai server ini' }).click();
    await expect(page.getByRole('heading', { name: 'Masuk ke Siaga' })).toBeVisible();
    await signIn(page, 'admin', demoPassword);
    await expect(page.getByRole('navigation', { name: 'Navigasi utama' })).toBeVisible();
  } finally {
    expect(await desk.stop()).toBe(0);
    rmSync(dataDir, { recursive: true, force: true });
  }
});
