import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Page } from '@playwright/test';
import { regionCodeForName } from '../src/shared/contacts/regions';
import { shot } from './desk';
import { demoPassword, expect, signIn, test } from './fixtures';

/** Windows-1252 bytes, as Excel in an Indonesian locale saves "CSV (dipisahkan titik koma)". */
const cp1252 = (text: string) => Buffer.from([...text].map((char) => char.charCodeAt(0)));

const file = cp1252(
  [
    'Nama;Kantor Berita;Jabatan;Surel;No. HP;Liputan;Wilayah',
    'René Siregar;Pikiran Rakyat;Redaktur;rene@pikiran-rakyat.com;0812-3456-7890;Kesehatan;Kota Bandung',
    'Siti Nurhaliza;Pikiran Rakyat;Wartawan;siti.n@pikiran-rakyat.com;0813-1111-2222;Kesehatan, Bencana;Jawa Barat',
    'René Siregar;Pikiran Rakyat;Redaktur;RENE@pikiran-rakyat.com;0812-9999-0000;Politik;Kota Bandung',
    'Tanpa Surel;Tempo;Wartawan;bukan-email;;;',
  ].join('\r\n'),
);

/** A Mantine select by its label: a combobox when fixed, a textbox when searchable. */
const field = (page: Page, name: string) =>
  page.getByRole('combobox', { name, exact: true }).or(page.getByRole('textbox', { name, exact: true }));

async function chooseOption(page: Page, label: string, option: string | RegExp): Promise<void> {
  await field(page, label).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('import a semicolon Windows-1252 CSV, map columns, resolve duplicates, read the report; build and export a segment', async ({
  page,
  demo: siaga,
}) => {
  test.setTimeout(120_000);
  await page.goto(siaga.url);
  await signIn(page, 'staf', demoPassword);
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Kontak Media' }).click();
  await page.getByRole('tab', { name: 'Impor' }).click();

  // 1. The file: encoding and separator found, Indonesian headers mapped, one left to the person.
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Pilih berkas' }).click();
  await (await chooser).setFiles({ name: 'jurnalis-jabar.csv', mimeType: 'text/csv', buffer: file });
  await expect(page.getByText(/jurnalis-jabar\.csv: 4 baris \(CSV\) · windows-1252 · pemisah: ;/)).toBeVisible();
  await expect(field(page, 'Isian untuk kolom Nama')).toHaveValue('Nama');
  await expect(field(page, 'Isian untuk kolom Kantor Berita')).toHaveValue('— abaikan —');
  await chooseOption(page, 'Isian untuk kolom Kantor Berita', 'Media');
  await expect(page.getByText('René Siregar · Siti Nurhaliza · René Siregar')).toBeVisible();

  // 2. Dry run: nothing saved; the bad row and the duplicate are listed.
  await page.getByRole('button', { name: 'Periksa (uji coba)' }).click();
  const rows = page.getByRole('table', { name: 'Baris yang perlu diperhatikan' });
  await expect(page.getByText('Ini uji coba: belum ada yang disimpan.')).toBeVisible();
  await expect(rows.getByRole('row', { name: /Tanpa Surel/ })).toContainText(
    'Email tidak valid (diabaikan): bukan-email',
  );
  const duplicate = rows.getByRole('row', { name: /^4 René Siregar/ });
  await expect(duplicate).toContainText('René Siregar (baris sebelumnya)');
  await expect(duplicate).toContainText('email sama');
  await duplicate.getByText('Gabungkan').click();

  // 3. The import itself, then its report.
  await page.getByRole('button', { name: 'Impor sekarang' }).click();
  // The row with a bad address keeps its person; the address is left out and reported.
  await expect(page.getByText('3 dibuat, 1 digabung, 0 dilewati, 0 gagal dari 4 baris.')).toBeVisible();
  const reportDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Unduh laporan' }).click();
  const report = parse(readFileSync(await (await reportDownload).path()), { bom: true, columns: true }) as Record<
    string,
    string
  >[];
  expect(report.map((row) => [row.Baris, row.Nama, row.Hasil, row.Masalah])).toEqual([
    ['2', 'René Siregar', 'Dibuat', ''],
    ['3', 'Siti Nurhaliza', 'Dibuat', ''],
    ['4', 'René Siregar', 'Digabung', ''],
    ['5', 'Tanpa Surel', 'Dibuat', 'Email tidak valid (diabaikan): bukan-email'],
  ]);

  // 4. A segment "health beat in Jawa Barat", built from the filters, then exported.
  await page.getByRole('tab', { name: 'Kontak' }).click();
  await chooseOption(page, 'Liputan', 'Kesehatan');
  await field(page, 'Wilayah').fill('Jawa Barat');
  await page.getByRole('option', { name: 'Jawa Barat (seluruh provinsi)' }).click();
  await page.keyboard.press('Escape');
  const table = page.getByRole('table', { name: 'Kontak Media' });
  await expect(table.getByRole('link', { name: 'René Siregar' })).toBeVisible();
  await page.getByRole('button', { name: 'Simpan sebagai segmen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Daftar baru' });
  await dialog.getByRole('textbox', { name: 'Nama daftar' }).fill('Kesehatan Jawa Barat');
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(field(page, 'Daftar atau segmen')).toHaveValue('Kesehatan Jawa Barat (Segmen)');
  await expect(table.getByRole('link', { name: 'Siti Nurhaliza' })).toBeVisible();

  const exportDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Ekspor' }).click();
  await page.getByRole('menuitem', { name: 'CSV (Excel)' }).click();
  const exported = parse(readFileSync(await (await exportDownload).path()), { bom: true, columns: true }) as Record<
    string,
    string
  >[];
  expect(exported.length).toBeGreaterThanOrEqual(2);
  expect(exported.map((row) => row.Nama)).toEqual(expect.arrayContaining(['René Siregar', 'Siti Nurhaliza']));
  // In the desk's words: beat labels and region names, numbers as dialled.
  for (const row of exported) {
    expect(row.Liputan).toContain('Kesehatan');
    const codes = (row.Wilayah ?? '').split('; ').map(regionCodeForName);
    expect(codes.some((code) => code === '32' || code?.startsWith('32.'))).toBe(true);
  }
  const rene = exported.find((row) => row.Nama === 'René Siregar');
  // Merged: both numbers, the second row's beat joined the first's.
  expect(rene?.WhatsApp || rene?.Telepon).toContain('0812-3456-7890');
  expect(rene?.Liputan).toBe('Kesehatan; Politik');
  expect(rene?.Wilayah).toBe('Kota Bandung');

  // The segment is on the lists page with its count.
  await page.getByRole('tab', { name: 'Daftar & segmen' }).click();
  await expect(
    page.getByRole('table', { name: 'Daftar & segmen' }).getByRole('row', { name: /Kesehatan Jawa Barat/ }),
  ).toContainText(String(exported.length));
});

test("a journalist's opt-out, as it came back from a release's unsubscribe, recorded on the contact", async ({
  page,
  demo: siaga,
}) => {
  await page.goto(siaga.url);
  await signIn(page, 'staf', demoPassword);
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Kontak Media' }).click();
  // Someone who still receives releases.
  const first = page
    .getByRole('table', { name: 'Kontak Media' })
    .getByRole('row')
    .filter({ hasNot: page.getByText('Jangan dihubungi') })
    .getByRole('link')
    .first();
  const name = (await first.textContent())!;
  await first.click();
  await expect(page.getByRole('heading', { name, level: 3 })).toBeVisible();
  await expect(page.getByRole('switch', { name: 'Jangan dihubungi' })).not.toBeChecked();

  await page.getByRole('button', { name: 'Catat berhenti berlangganan' }).click();
  const dialog = page.getByRole('dialog', { name: 'Catat permintaan berhenti berlangganan' });
  await expect(dialog).toContainText(`${name} meminta tidak lagi dikirimi siaran pers.`);
  await chooseOption(page, 'Diterima melalui', 'telepon');
  await dialog.getByRole('button', { name: 'Catat', exact: true }).click();
  await expect(page.getByText('Permintaan berhenti berlangganan tercatat.')).toBeVisible();
  await expect(page.getByText(/^Berhenti berlangganan sejak .* WIB \(telepon\)/)).toBeVisible();
  await expect(page.getByRole('switch', { name: 'Jangan dihubungi' })).toBeChecked();
  await expect(page.getByRole('button', { name: 'Catat berhenti berlangganan' })).toHaveCount(0);
  await shot(page, 'contact-opt-out');
});

test('an erased journalist is not imported again, and is added by hand only on their own request', async ({
  page,
  demo: siaga,
}) => {
  test.setTimeout(120_000);
  await page.goto(siaga.url);
  await signIn(page, 'redaktur', demoPassword);
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Kontak Media' }).click();
  const sheet = Buffer.from('Nama;Surel\r\nKartika Terhapuswati;kartika@harianjogja.test\r\n');
  const importSheet = async () => {
    await page.getByRole('tab', { name: 'Impor' }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Pilih berkas' }).click();
    await (await chooser).setFiles({ name: 'jurnalis-jogja.csv', mimeType: 'text/csv', buffer: sheet });
    await page.getByRole('button', { name: 'Periksa (uji coba)' }).click();
    await page.getByRole('button', { name: 'Impor sekarang' }).click();
  };
  await importSheet();
  await expect(page.getByText('1 dibuat, 0 digabung, 0 dilewati, 0 gagal dari 1 baris.')).toBeVisible();

  // Erased at the person's request.
  await page.getByRole('tab', { name: 'Kontak' }).click();
  await page.getByRole('searchbox', { name: 'Cari' }).fill('Terhapuswati');
  await page.getByRole('table', { name: 'Kontak Media' }).getByRole('link', { name: 'Kartika Terhapuswati' }).click();
  await page.getByRole('button', { name: 'Hapus permanen' }).click();
  const erase = page.getByRole('dialog', { name: /Hapus data Kartika Terhapuswati/ });
  await erase.getByRole('textbox').fill('Permintaan subjek data melalui surel 3 Desember');
  await erase.getByRole('button', { name: 'Hapus permanen' }).click();
  await expect(page.getByText('Data orang tersebut telah dihapus.')).toBeVisible();

  // The same sheet again: skipped, and the report says why.
  await page.reload();
  await importSheet();
  await expect(page.getByText('0 dibuat, 0 digabung, 1 dilewati, 0 gagal dari 1 baris.')).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Baris yang perlu diperhatikan' }).getByRole('row', { name: /Kartika/ }),
  ).toContainText('Orang ini pernah dihapus permanen atas permintaannya');

  // By hand: refused on the field, with the way back for someone who asks to return.
  await page.getByRole('tab', { name: 'Kontak' }).click();
  await page
    .getByRole('link', { name: 'Kontak baru' })
    .or(page.getByRole('button', { name: 'Kontak baru' }))
    .click();
  await page.getByRole('textbox', { name: 'Nama lengkap' }).fill('Kartika T.');
  await page.getByRole('button', { name: 'Tambah email' }).click();
  await page.getByRole('textbox', { name: 'Email' }).fill('Kartika@HarianJogja.test');
  await page.getByRole('textbox', { name: 'Sumber data' }).fill('Telepon ke Humas');
  await page.getByRole('button', { name: 'Simpan', exact: true }).click();
  await expect(page.getByText('Pemilik alamat/nomor ini sudah dihapus permanen atas permintaannya.')).toBeVisible();
  const returning = page.getByRole('checkbox', {
    name: 'Orang ini sendiri meminta ditambahkan kembali (persetujuan baru)',
  });
  await shot(page, 'contact-erased-returns');
  await returning.check();
  await page.getByRole('button', { name: 'Simpan', exact: true }).click();
  await expect(page.getByText('Kontak tersimpan.')).toBeVisible();
});
