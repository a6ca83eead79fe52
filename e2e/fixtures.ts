import { rmSync } from 'node:fs';
import { test as base, expect, type Page } from '@playwright/test';
import { demoPassword, e2eStore, seedDemo, startSiaga, type SiagaServer } from './siagaServer';

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
  // The office relay takes everything at once (no limit; the default is 600 a minute).
  await page.getByRole('textbox', { name: 'Batas per menit' }).fill('');
  await page.getByRole('button', { name: 'Simpan pengaturan' }).click();
  await expect(page.getByText('Pengaturan server surel disimpan.')).toBeVisible();
}

export { demoPassword, e2eStore, expect, seedDemo, startSiaga, type SiagaServer };
