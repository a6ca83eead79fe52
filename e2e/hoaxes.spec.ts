import { createHash } from 'node:crypto';
import type { Page } from '@playwright/test';
import { screenshotPng } from '../test/hoaxesHarness';
import { approveAs, nav, shot, wibFromNow } from './desk';
import { demoPassword, expect, signIn, signOut, test } from './fixtures';

const claim = 'Bendungan Sermo jebol, seluruh warga Kulon Progo harus mengungsi malam ini juga.';
const clarificationTitle = '[HOAKS] Bendungan Sermo jebol, seluruh warga Kulon Progo harus mengungsi malam ini juga';

async function openClaim(page: Page) {
  await nav(page, 'Hoaks');
  await page.getByRole('link', { name: claim }).first().click();
  await expect(page.getByRole('heading', { name: 'Hoaks', level: 2 })).toBeVisible();
}

test('a hoax from the first sighting to the released clarification: screenshot, evidence, verdict, approval, time to clarify', async ({
  page,
  demo: siaga,
}) => {
  test.setTimeout(180_000);
  await page.goto(siaga.url);
  await signIn(page, 'staf', demoPassword);

  // The home view counts the demo's register; a claim just reported about the open data leak is announced.
  await expect(page.getByRole('region', { name: 'Hoaks' })).toContainText('hoaks di meja');
  await expect(page.getByText('Hoaks baru tentang krisis').first()).toBeVisible();
  // The crisis lists the claims about it.
  await nav(page, 'Krisis');
  await page.getByRole('link', { name: 'Dugaan kebocoran data layanan perizinan daring' }).click();
  await expect(page.getByRole('region', { name: 'Hoaks terkait' })).toContainText('Pemohon izin daring diminta');

  // Typing a claim like one already registered suggests it.
  await nav(page, 'Hoaks');
  await expect(page.getByRole('region', { name: 'Diklarifikasi' })).toContainText('Bansos Rp 2,4 juta');
  await shot(page, 'hoax-board');
  await page.getByRole('link', { name: 'Catat hoaks' }).click();
  const claimField = page.getByRole('textbox', { name: 'Isi klaim' });
  await claimField.fill('Ada pendaftaran bansos Rp 2,4 juta lewat tautan WhatsApp');
  const similar = page.getByRole('complementary', { name: 'Klaim serupa di register' });
  await expect(similar.getByRole('link', { name: /Bansos Rp 2,4 juta untuk warga terdampak/ })).toBeVisible();
  await expect(similar.getByText(/\d+% mirip/).first()).toBeVisible();
  await shot(page, 'hoax-similar');

  // A new claim, seen two hours ago on WhatsApp and Facebook.
  await claimField.fill(claim);
  await expect(similar.getByText('Tidak ada klaim serupa.')).toBeVisible();
  await page.getByRole('combobox', { name: 'Topik' }).fill('Bencana');
  await page.keyboard.press('Escape');
  await page.getByRole('textbox', { name: 'Pertama terlihat' }).fill(wibFromNow(-120));
  await page.getByRole('textbox', { name: 'Dilaporkan oleh' }).fill('Pak RT 04 Sentolo');
  await page.getByRole('button', { name: 'Tambah tempat beredar' }).click();
  await page.getByRole('combobox', { name: 'Platform' }).nth(1).click();
  await page.getByRole('option', { name: 'Facebook' }).click();
  await page
    .getByRole('textbox', { name: 'Tautan' })
    .nth(1)
    .fill('https://www.facebook.com/groups/kulonprogo/posts/77');
  await page.getByRole('button', { name: 'Catat hoaks' }).click();
  await expect(page.getByText('Catatan hoaks disimpan.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Hoaks', level: 2 })).toBeVisible();

  // A screenshot, kept by its SHA-256.
  const png = Buffer.from(screenshotPng, 'base64');
  const sha = createHash('sha256').update(png).digest('hex');
  await page.locator('input[type=file]').setInputFiles({ name: 'wa-sermo.png', mimeType: 'image/png', buffer: png });
  await expect(page.getByText(`SHA-256 ${sha.slice(0, 12)}…`)).toBeVisible();
  await expect(page.getByRole('img', { name: 'wa-sermo.png' })).toBeVisible();

  // Verification with an official source.
  await page.getByRole('button', { name: 'Mulai verifikasi' }).click();
  await expect(page.getByText(/Sedang diverifikasi oleh/)).toBeVisible();
  await page.getByRole('button', { name: 'Tambah bukti' }).click();
  const evidence = page.getByRole('form', { name: 'Tambah bukti' });
  await evidence
    .getByRole('textbox', { name: 'Keterangan' })
    .fill('BBWS Serayu Opak: Bendungan Sermo dalam kondisi normal');
  await evidence.getByRole('textbox', { name: 'Tautan' }).fill('https://sda.pu.go.id/balai/bbwsserayuopak/');
  await evidence.getByRole('textbox', { name: 'Waktu terbit sumber' }).fill(wibFromNow(-30));
  await evidence.getByRole('button', { name: 'Simpan bukti' }).click();
  await expect(page.getByText('BBWS Serayu Opak: Bendungan Sermo dalam kondisi normal')).toBeVisible();
  // The desk gathers evidence; the verdict is the head of Humas's.
  await expect(page.getByRole('button', { name: 'Simpan kesimpulan' })).toHaveCount(0);
  await signOut(page);

  await signIn(page, 'redaktur', demoPassword);
  await openClaim(page);
  await page.getByRole('combobox', { name: 'Kesimpulan' }).click();
  await page.getByRole('option', { name: 'HOAKS', exact: true }).click();
  await page
    .getByRole('textbox', { name: 'Penjelasan' })
    .fill('Bendungan Sermo dalam kondisi normal dan aman. Tidak ada perintah evakuasi bagi warga Kulon Progo.');
  await page.getByRole('button', { name: 'Simpan kesimpulan' }).click();
  // The verdict names who decided it (the editor), beside who verified (the desk).
  await expect(page.getByText(/^Ditetapkan oleh Agus Santoso, S\.Sos\. · .+ · diverifikasi oleh /)).toBeVisible();
  await signOut(page);

  // The clarification, drafted from the record in the office format, then through the chain.
  await signIn(page, 'staf', demoPassword);
  await openClaim(page);
  await page.getByRole('button', { name: 'Susun klarifikasi' }).click();
  await expect(page.getByRole('textbox', { name: 'Judul' })).toHaveValue(clarificationTitle);
  const body = page.getByRole('textbox', { name: 'Isi naskah' });
  await expect(body).toContainText('Beredar informasi di WhatsApp dan Facebook sejak');
  await expect(body).toContainText('Penjelasan');
  await expect(body).toContainText('Informasi tersebut dikategorikan sebagai HOAKS.');
  await page.getByRole('button', { name: 'Ajukan untuk ditinjau' }).click();
  await expect(page.getByText('Dalam tinjauan').first()).toBeVisible();
  await signOut(page);
  await approveAs(page, 'redaktur', clarificationTitle);
  await approveAs(page, 'pimpinan', clarificationTitle);

  await signIn(page, 'staf', demoPassword);
  await openClaim(page);
  await page.getByRole('link', { name: new RegExp(clarificationTitle.replace(/[[\]]/g, '\\$&')) }).click();
  await page.getByRole('button', { name: 'Tandai sudah dirilis' }).click();
  await expect(page.getByText('Pernyataan ditandai sudah dirilis.')).toBeVisible();

  // Clarified: about two hours from the first sighting to the release.
  await openClaim(page);
  await expect(page.getByText('Diklarifikasi').first()).toBeVisible();
  await expect(page.getByTestId('time-to-clarify')).toHaveText(/^2 jam( \d+ menit)?$/);
  await shot(page, 'hoax-clarified');
  await nav(page, 'Hoaks');
  await expect(page.getByRole('region', { name: 'Diklarifikasi' }).getByRole('article', { name: claim })).toContainText(
    /Diklarifikasi dalam 2 jam/,
  );
});
