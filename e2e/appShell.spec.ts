import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { demoPassword, expect, signIn, startSiaga, test } from './fixtures';

import { latestSchemaVersion } from '../src/main/core/db/migrations';

test('shows the app shell with app.info from the real core and its store', async ({ page, demo: siaga }) => {
  await page.goto(siaga.url);
  await signIn(page, 'tamu', demoPassword);
  await expect(page.getByRole('heading', { name: 'Siaga', level: 1 })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Navigasi utama' })).toBeVisible();
  // The token left the address bar; the router owns the fragment.
  await expect(page).toHaveURL(/#\/home$/);
  await page
    .getByRole('navigation', { name: 'Navigasi utama' })
    .getByRole('link', { name: 'Informasi Sistem' })
    .click();

  await expect(page.getByTestId('status-schema')).toHaveText(String(latestSchemaVersion));
  const table = page.getByRole('table', { name: 'Informasi Sistem' });
  await expect(table.getByTestId('system-dataDir')).toHaveText(siaga.dataDir);
  // Browser mode was started with --data-dir: a folder named at start, not the account's own.
  await expect(table.getByTestId('system-dataScope')).toHaveText('Folder yang ditentukan saat Siaga dijalankan');
  if (siaga.databaseUrl) {
    // On the office server: the server (never its password) where the file would be, its engine.
    const server = new URL(siaga.databaseUrl);
    const where = `${server.hostname}:${server.port}${server.pathname}`;
    await expect(page.getByTestId('status-data-file')).toHaveText(where);
    await expect(page.getByText(`Server kantor: ${where}`)).toBeVisible();
    await expect(table.getByTestId('system-databaseFile')).toHaveText(where);
    await expect(table.getByTestId('system-engineVersion')).toHaveText(/^PostgreSQL \d+\.\d+/);
    await expect(table.getByTestId('system-journalMode')).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Tempat data kantor' })).toContainText(where);
    return;
  }
  const databaseFile = join(siaga.dataDir, 'siaga.sqlite');
  await expect(page.getByTestId('status-data-file')).toHaveText(databaseFile);

  const sqliteVersion = (new BetterSqlite3(':memory:').prepare('select sqlite_version() as v').get() as { v: string })
    .v;
  await expect(table.getByTestId('system-databaseFile')).toHaveText(databaseFile);
  await expect(table.getByTestId('system-engineVersion')).toHaveText(sqliteVersion);
  await expect(table.getByTestId('system-journalMode')).toHaveText('WAL');

  // The file the page describes is the file on disk, in WAL mode.
  const onDisk = new BetterSqlite3(databaseFile, { readonly: true });
  expect(onDisk.pragma('journal_mode', { simple: true })).toBe('wal');
  onDisk.close();
});

test('switches the interface between Indonesian and English, and remembers it', async ({ page, demo: siaga }) => {
  await page.goto(siaga.url);
  await signIn(page, 'staf', demoPassword);
  const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
  await expect(nav.getByRole('link', { name: 'Informasi Sistem' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');

  await page.getByText('EN', { exact: true }).click();
  const navEn = page.getByRole('navigation', { name: 'Main navigation' });
  await expect(navEn.getByRole('link', { name: 'System information' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Home', level: 2 })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // Stored in the core: a reload (same tab, token kept for the tab) comes back in English.
  await page.reload();
  await expect(navEn.getByRole('link', { name: 'Display settings' })).toBeVisible();

  await page.getByText('ID', { exact: true }).click();
  await expect(nav.getByRole('link', { name: 'Pengaturan Tampilan' })).toBeVisible();
});

test('display settings change the theme and the language, from the settings page', async ({ page, demo: siaga }) => {
  await page.goto(siaga.url);
  await signIn(page, 'jubir', demoPassword);
  await page.getByRole('link', { name: 'Pengaturan Tampilan' }).click();
  await expect(page.getByRole('heading', { name: 'Pengaturan Tampilan', level: 2 })).toBeVisible();
  await page.getByText('Gelap', { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await expect(page.getByText('Pengaturan tersimpan.')).toBeVisible();

  await page.getByRole('button', { name: 'Gunakan tema terang' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'light');

  await page.getByText('English', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Display settings', level: 2 })).toBeVisible();
});

test('a page opened without the token explains how to connect, and the API refuses it', async ({ page, siaga }) => {
  await page.goto(siaga.origin + '/');
  await expect(page.getByRole('alert')).toContainText('npm run start:web');
  const status = await page.evaluate(
    async () =>
      (await fetch('/rpc/app.info', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }))
        .status,
  );
  expect(status).toBe(401);
});

test('the store closes cleanly on SIGTERM and verifies afterwards', async () => {
  const server = await startSiaga();
  expect(await server.stop()).toBe(0);
  const report = execFileSync('npm', ['run', '-s', 'siaga', '--', 'verify', ...server.storeArgs], {
    encoding: 'utf8',
  });
  expect(report).toContain('Result: OK');
  rmSync(server.dataDir, { recursive: true, force: true });
});

test('a stop right after the address is printed still closes the store cleanly', async () => {
  // The signal arrives within microseconds of the line; handlers are in place before it.
  for (let i = 0; i < 5; i++) {
    const server = await startSiaga();
    expect(await server.stop()).toBe(0);
    rmSync(server.dataDir, { recursive: true, force: true });
  }
});
