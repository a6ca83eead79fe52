import type { Page } from '@playwright/test';
import { demoPassword, expect, signIn, signOut } from './fixtures';

/** Helpers of the desk flows (crises, hoaxes) that sign in as several demo people. */

/** A wall time in WIB (`YYYY-MM-DDTHH:MM`) `minutes` from now, for the datetime fields. */
export function wibFromNow(minutes: number): string {
  return new Date(Date.now() + minutes * 60_000 + 7 * 3_600_000).toISOString().slice(0, 16);
}

/** Opens a section from the main navigation. */
export function nav(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name, exact: true }).click();
}

/** With SIAGA_SHOTS=DIR, saves a full-page screenshot there (for reviewing the screens). */
export async function shot(page: Page, name: string) {
  const dir = process.env.SIAGA_SHOTS;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
}

/** Signs in as `username`, approves the statement waiting under "my decisions", signs out. */
export async function approveAs(page: Page, username: string, statementTitle: string) {
  await signIn(page, username, demoPassword);
  await nav(page, 'Tugas Saya');
  await page
    .getByRole('region', { name: /Menunggu keputusan Anda/ })
    .getByRole('link', { name: statementTitle })
    .click();
  await page.getByRole('button', { name: 'Setujui' }).click();
  await expect(page.getByText(/Persetujuan tercatat|disetujui dengan nomor/).first()).toBeVisible();
  await signOut(page);
}
