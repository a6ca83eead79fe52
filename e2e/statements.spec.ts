import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { docxText, pdfText } from '../test/readers';
import { shot } from './desk';
import { demoPassword, expect, signIn, signOut, test } from './fixtures';

const title = 'Banjir Susulan di Kecamatan Mlati';

async function openStatement(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Pernyataan' }).click();
  await page.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { name, level: 2 })).toBeVisible();
}

/** Replaces the whole body in the rich-text editor with one paragraph. */
async function typeBody(page: Page, text: string): Promise<void> {
  const editor = page.getByRole('textbox', { name: 'Isi naskah' });
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

/** "My tasks" from the navigation (after sign-in the app returns to where the last person was). */
function tasks(page: Page, group: RegExp) {
  return page
    .getByRole('navigation', { name: 'Navigasi utama' })
    .getByRole('link', { name: 'Tugas Saya' })
    .click()
    .then(() => page.getByRole('region', { name: group }));
}

async function saveRevision(page: Page, no: number): Promise<void> {
  await page.getByRole('button', { name: 'Simpan revisi' }).click();
  await expect(page.getByText(`Revisi ${no} tersimpan.`)).toBeVisible();
}

test('a press release from template to number: drafted, sent back, revised, approved in two steps, exported', async ({
  page,
  demo: siaga,
}) => {
  // Five sign-ins and a dozen steps: longer than one screen's default budget.
  test.setTimeout(120_000);
  await page.goto(siaga.url);
  await signIn(page, 'staf', demoPassword);
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Pernyataan' }).click();
  await page.getByRole('button', { name: 'Pernyataan baru' }).click();
  const dialog = page.getByRole('dialog', { name: 'Buat pernyataan baru' });
  await expect(dialog.getByRole('combobox', { name: 'Templat' })).toHaveValue('Siaran pers standar');
  await dialog.getByRole('button', { name: 'Buat' }).click();

  // The template arrives with the office filled in and the rest marked for the drafter.
  const editor = page.getByRole('textbox', { name: 'Isi naskah' });
  await expect(editor).toContainText('Dinas Komunikasi dan Informatika Kabupaten Sleman menyampaikan');
  await page.getByRole('textbox', { name: 'Judul' }).fill(title);
  await page.getByRole('textbox', { name: 'Tempat (dateline)' }).fill('Sleman');
  await typeBody(page, 'Hujan deras kembali menyebabkan banjir di dua desa. Warga diminta waspada.');
  await expect(page.getByText(/^11 kata/)).toBeVisible();
  await saveRevision(page, 2);
  // The template's summary prompt is still there: submitting says so and nothing moves.
  await page.getByRole('button', { name: 'Ajukan untuk ditinjau' }).click();
  await expect(
    page.getByText('Masih ada penanda yang belum diisi: [Ringkasan satu kalimat: apa, siapa, kapan, di mana].'),
  ).toBeVisible();
  await expect(page.getByText('Draf').first()).toBeVisible();
  await page
    .getByRole('textbox', { name: 'Ringkasan / lead' })
    .fill('Banjir susulan melanda dua desa di Kecamatan Mlati; warga diminta waspada.');
  await saveRevision(page, 3);
  await page.getByRole('button', { name: 'Ajukan untuk ditinjau' }).click();
  await expect(page.getByText('Dalam tinjauan').first()).toBeVisible();
  await signOut(page);

  // The reviewer finds it in "my tasks" and sends it back with a comment.
  await signIn(page, 'redaktur', demoPassword);
  await (await tasks(page, /Menunggu keputusan Anda/)).getByRole('link', { name: title }).click();
  await expect(page.getByText('Keputusan Anda atas revisi 3')).toBeVisible();
  await page.getByRole('textbox', { name: 'Komentar' }).fill('Sebutkan sumber data dan jumlah warga terdampak.');
  await page.getByRole('button', { name: 'Minta perbaikan' }).click();
  await expect(page.getByText('Perlu perbaikan').first()).toBeVisible();
  await signOut(page);

  // The drafter reads the comment, revises and resubmits.
  await signIn(page, 'staf', demoPassword);
  await (await tasks(page, /Perlu Anda perbaiki/)).getByRole('link', { name: title }).click();
  await page.getByRole('tab', { name: /Komentar/ }).click();
  await expect(page.getByText('Sebutkan sumber data dan jumlah warga terdampak.')).toBeVisible();
  await page.getByRole('tab', { name: 'Naskah' }).click();
  await typeBody(page, 'Menurut data BPBD, banjir melanda dua desa dan 45 keluarga mengungsi. Warga diminta waspada.');
  await saveRevision(page, 4);
  await page.getByRole('button', { name: 'Ajukan untuk ditinjau' }).click();
  await expect(page.getByText('Dalam tinjauan').first()).toBeVisible();
  // The history shows what changed between the revisions.
  await page.getByRole('tab', { name: 'Riwayat' }).click();
  await expect(page.getByTestId('revision-diff').locator('ins', { hasText: 'BPBD' })).toBeVisible();
  await signOut(page);

  await signIn(page, 'redaktur', demoPassword);
  await openStatement(page, title);
  await page.getByRole('button', { name: 'Setujui' }).click();
  await expect(page.getByText(/Disetujui Agus Santoso/)).toBeVisible();
  await signOut(page);

  await signIn(page, 'pimpinan', demoPassword);
  await (await tasks(page, /Menunggu keputusan Anda/)).getByRole('link', { name: title }).click();
  await page.getByRole('button', { name: 'Setujui' }).click();
  // The next number of the office's register (the demo has released others before it).
  const number = page.getByText(/^\d{3}\/SP\/HUMAS\/[IVX]+\/\d{4}$/);
  await expect(number).toBeVisible();
  const issued = (await number.textContent()) ?? '';

  // Outputs from the UI, read back with real readers.
  await page.getByRole('tab', { name: 'Unduh & salin' }).click();
  for (const [format, read] of [
    ['DOCX', async (file: string) => docxText(readFileSync(file))],
    ['PDF', async (file: string) => (await pdfText(readFileSync(file))).text],
  ] as const) {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: `Unduh ${format}` }).click(),
    ]);
    const path = await download.path();
    const text = await read(path);
    expect(text).toContain(title);
    expect(text).toContain(issued);
    expect(text).toContain('45 keluarga mengungsi');
    expect(text).not.toContain('DRAF');
  }
  await signOut(page);

  // Editing the approved, numbered text asks first, and says what saving would void.
  await signIn(page, 'staf', demoPassword);
  await openStatement(page, title);
  await page.getByRole('textbox', { name: 'Judul' }).fill(`${title} (diperbarui)`);
  await page.getByRole('button', { name: 'Simpan revisi' }).click();
  const confirm = page.getByRole('dialog', { name: 'Ubah naskah yang sudah disetujui?' });
  await expect(confirm).toContainText(`sudah disetujui dengan nomor ${issued}`);
  await expect(confirm).toContainText('membatalkan semua persetujuannya (2)');
  await shot(page, 'statement-void-confirm');
  await confirm.getByRole('button', { name: 'Kembali menyunting' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByText('Disetujui').first()).toBeVisible();
  await page.getByRole('button', { name: 'Simpan revisi' }).click();
  await confirm.getByRole('button', { name: 'Simpan dan batalkan persetujuan' }).click();
  await expect(page.getByText('Revisi 5 tersimpan.')).toBeVisible();
  await expect(page.getByText('Draf').first()).toBeVisible();
});

test('typing survives a closed window; pasted scripts and javascript: links are removed', async ({
  page,
  demo: siaga,
}) => {
  await page.goto(siaga.url);
  await signIn(page, 'staf', demoPassword);
  await openStatement(page, 'Tanya-Jawab: Bantuan bagi Warga Terdampak Banjir');
  const editor = page.getByRole('textbox', { name: 'Isi naskah' });
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  // Paste as Word or a web page would: HTML with a script, a handler and a javascript: link.
  await editor.evaluate((element) => {
    const data = new DataTransfer();
    data.setData(
      'text/html',
      '<p onclick="alert(1)">Posko <b>dibuka</b> 24 jam.<script>alert(2)</script> <a href="javascript:alert(3)">Daftar</a> <a href="https://slemankab.go.id">Situs</a></p>',
    );
    data.setData('text/plain', 'Posko dibuka 24 jam.');
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(editor.locator('strong', { hasText: 'dibuka' })).toBeVisible();
  await expect(page.getByText(/^Tersimpan otomatis/)).toBeVisible();

  // The window closes without saving; a new window (a new sign-in) offers the typing back.
  const context = page.context();
  await page.close();
  const again = await context.newPage();
  await again.goto(siaga.url);
  await signIn(again, 'staf', demoPassword);
  await openStatement(again, 'Tanya-Jawab: Bantuan bagi Warga Terdampak Banjir');
  const reopened = again.getByRole('textbox', { name: 'Isi naskah' });
  await expect(again.getByText('Ada ketikan yang belum disimpan')).toBeVisible();
  await again.getByRole('button', { name: 'Pulihkan' }).click();
  await expect(reopened).toContainText('Posko dibuka 24 jam.');
  await saveRevision(again, 3);

  const html = await reopened.innerHTML();
  expect(html).not.toContain('script');
  expect(html).not.toContain('onclick');
  expect(html).not.toContain('javascript:');
  await expect(reopened.getByRole('link', { name: 'Situs' })).toHaveAttribute('href', 'https://slemankab.go.id');
  await expect(reopened.getByRole('link', { name: 'Daftar' })).toHaveCount(0);
});
