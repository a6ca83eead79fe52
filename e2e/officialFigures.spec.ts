import type { Page } from '@playwright/test';
import { nav, shot, wibFromNow } from './desk';
import { demoPassword, expect, signIn, test } from './fixtures';

const crisisTitle = 'Dugaan kebocoran data layanan perizinan daring';
const statementTitle = 'Pemkot Menangani Dugaan Kebocoran Data Perizinan';

async function openCrisis(page: Page) {
  await nav(page, 'Krisis');
  await page.getByRole('link', { name: crisisTitle }).click();
  await expect(page.getByRole('heading', { name: crisisTitle, level: 2 })).toBeVisible();
}

async function recordFigure(page: Page, value: string, update: boolean) {
  await page.getByRole('tab', { name: 'Angka resmi' }).click();
  await page.getByRole('button', update ? { name: 'Perbarui Akun terdampak' } : { name: 'Catat angka baru' }).click();
  const dialog = page.getByRole('dialog', { name: update ? 'Perbarui angka: Akun terdampak' : 'Catat angka baru' });
  if (!update) {
    await dialog.getByRole('textbox', { name: 'Angka' }).fill('Akun terdampak');
    await dialog.getByRole('textbox', { name: 'Satuan' }).fill('akun');
    await dialog.getByRole('textbox', { name: 'Sumber' }).fill('BSSN');
  }
  await dialog.getByRole('textbox', { name: 'Nilai' }).fill(value);
  await dialog.getByRole('button', { name: 'Simpan angka' }).click();
  await expect(dialog).toBeHidden();
}

test('a revised official figure is replaced where the draft says it, and an old number cannot be submitted', async ({
  page,
  demo: siaga,
}) => {
  test.setTimeout(120_000);
  await page.goto(siaga.url);
  await signIn(page, 'staf', demoPassword);
  await openCrisis(page);
  await recordFigure(page, '1250', false);

  // The holding statement quotes the figure where the cursor stands.
  await page.getByRole('tab', { name: 'Ringkasan' }).click();
  await page.getByRole('button', { name: 'Tulis pernyataan awal' }).click();
  await page.getByRole('textbox', { name: 'Judul' }).fill(statementTitle);
  const body = page.getByRole('textbox', { name: 'Isi naskah' });
  await body.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Data yang diduga bocor menyangkut ');
  await page.getByRole('button', { name: 'Sisipkan angka resmi' }).click();
  await page.getByRole('menuitem', { name: 'Akun terdampak: 1.250 akun' }).click();
  await expect(body).toContainText('1.250 akun (sumber: BSSN');
  await page.keyboard.type('. Kami turut prihatin. Kami ulangi: 1250 akun.');
  await page.getByRole('textbox', { name: 'Informasi berikutnya pada' }).fill(wibFromNow(30));
  await page.getByRole('button', { name: 'Simpan revisi' }).click();
  await expect(page.getByText(/Revisi \d+ tersimpan\./)).toBeVisible();
  const statementUrl = page.url();

  // The crisis desk revises the figure.
  await openCrisis(page);
  await recordFigure(page, '1780', true);
  await page.goto(statementUrl);

  // At the top of the editor, before the title: the old value is named where the text holds it.
  const warning = page.getByRole('alert').filter({ hasText: 'Angka yang dikutip sudah diperbarui' });
  await expect(warning).toContainText('Akun terdampak: teks masih memuat 1.250 akun; angka resmi terbaru 1.780 akun.');
  const title = page.getByRole('textbox', { name: 'Judul' });
  expect((await warning.boundingBox())!.y).toBeLessThan((await title.boundingBox())!.y);
  await shot(page, 'figure-stale');

  // Submitting anyway is refused with the reason, beside the buttons; nothing is lost.
  await page.getByRole('button', { name: 'Simpan & ajukan' }).click();
  const refusal = page.getByRole('alert').filter({ hasText: 'Revisi tersimpan, tetapi belum diajukan' });
  await expect(refusal).toContainText('Teks draf masih memuat angka resmi yang sudah diperbarui');
  await expect(refusal).toContainText('Akun terdampak: "1.250 akun" → 1.780 akun');

  // One click replaces both places the old value stands, keeps the rest, and quotes the new version.
  await warning.getByRole('button', { name: 'Ganti dengan angka terbaru' }).click();
  await expect(page.getByText('Diganti di 2 tempat; kutipan dicatat ke angka terbaru.')).toBeVisible();
  await expect(body).toContainText('Data yang diduga bocor menyangkut 1.780 akun (sumber: BSSN');
  await expect(body).toContainText('Kami turut prihatin. Kami ulangi: 1.780 akun.');
  await expect(body).not.toContainText('1.250');
  await expect(body).not.toContainText('1250');
  await expect(warning).toBeHidden();
  await expect(page.getByRole('region', { name: 'Angka resmi' }).getByText('Akun terdampak: 1.780 akun')).toBeVisible();
  await page.getByRole('button', { name: 'Simpan & ajukan' }).click();
  await expect(page.getByText('Dalam tinjauan').first()).toBeVisible();
});
