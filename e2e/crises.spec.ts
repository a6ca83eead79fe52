import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { pdfText } from '../test/readers';
import { approveAs, nav, shot, wibFromNow } from './desk';
import { demoPassword, expect, signIn, signOut, test } from './fixtures';

const crisisTitle = 'Banjir Kecamatan Depok';
const statementTitle = 'Pemkab Sleman Menangani Banjir di Kecamatan Depok';

async function openCrisis(page: Page) {
  await nav(page, 'Krisis');
  await page.getByRole('link', { name: crisisTitle }).click();
  await expect(page.getByRole('heading', { name: crisisTitle, level: 2 })).toBeVisible();
}

test('a crisis from the first signal to the evaluation report: clock, holding statement, phases, checklist, overdue update', async ({
  page,
  demo: siaga,
}) => {
  // Four sign-ins, a statement through two approvals and a report: several screens' budget.
  test.setTimeout(180_000);
  // The page's clock runs on its own from now; later it jumps ahead to make a promise overdue.
  await page.clock.install();
  await page.goto(siaga.url);
  await signIn(page, 'staf', demoPassword);

  // Home: the demo's data leak was signalled minutes ago, nothing released yet.
  await expect(page.getByRole('heading', { name: 'Beranda', level: 2 })).toBeVisible();
  const leak = page.getByRole('article', { name: 'Dugaan kebocoran data layanan perizinan daring' });
  await expect(leak.getByText('15 menit · berikutnya')).toBeVisible();
  await shot(page, 'home');

  // Open a crisis; its golden-hour clock starts from the first signal (now).
  await page.getByRole('link', { name: 'Buka krisis baru' }).first().click();
  await page.getByRole('textbox', { name: 'Judul krisis' }).fill(crisisTitle);
  await page.getByText('Tingkat 3').click();
  await page.getByRole('combobox', { name: 'Juru bicara utama' }).click();
  await page.getByRole('option', { name: 'Rina Marlina, S.H.' }).click();
  await page.getByRole('button', { name: 'Buka krisis' }).click();
  await expect(page.getByRole('heading', { name: crisisTitle, level: 2 })).toBeVisible();
  const elapsed = page.getByTestId('golden-hour-elapsed');
  const first = await elapsed.textContent();
  await expect(elapsed).not.toHaveText(first ?? '');
  await shot(page, 'crisis-new');

  // One official figure, quoted from the statement editor.
  await page.getByRole('tab', { name: 'Angka resmi' }).click();
  await page.getByRole('button', { name: 'Catat angka baru' }).click();
  const figure = page.getByRole('dialog', { name: 'Catat angka baru' });
  await figure.getByRole('textbox', { name: 'Angka' }).fill('Pengungsi');
  await figure.getByRole('textbox', { name: 'Nilai' }).fill('120');
  await figure.getByRole('textbox', { name: 'Satuan' }).fill('jiwa');
  await figure.getByRole('textbox', { name: 'Sumber' }).fill('BPBD Kabupaten Sleman');
  await figure.getByRole('button', { name: 'Simpan angka' }).click();
  await expect(page.getByText('v1 terbaru')).toBeVisible();

  // The holding statement, written for this crisis, promising the next update in ten minutes.
  await page.getByRole('tab', { name: 'Ringkasan' }).click();
  // One click: the editor opens on a holding statement the crisis has already written from its record.
  await page.getByRole('button', { name: 'Tulis pernyataan awal' }).click();
  await expect(page.getByText('Pernyataan Awal (Holding Statement)').first()).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Judul' })).toHaveValue(/Menangani Banjir Kecamatan Depok$/);
  await page.getByRole('textbox', { name: 'Judul' }).fill(statementTitle);
  await page.getByRole('textbox', { name: 'Tempat (dateline)' }).fill('Sleman');
  const body = page.getByRole('textbox', { name: 'Isi naskah' });
  await body.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Banjir melanda dua padukuhan di Kecamatan Depok. Warga mengungsi: ');
  await page.getByRole('button', { name: 'Sisipkan angka resmi' }).click();
  await page.getByRole('menuitem', { name: 'Pengungsi: 120 jiwa' }).click();
  await expect(body).toContainText('120 jiwa (sumber: BPBD Kabupaten Sleman');
  await page.getByRole('textbox', { name: 'Informasi berikutnya pada' }).fill(wibFromNow(10));
  await page.getByRole('button', { name: 'Simpan revisi' }).click();
  await expect(page.getByText(/Revisi \d+ tersimpan\./)).toBeVisible();
  await page.getByRole('button', { name: 'Ajukan untuk ditinjau' }).click();
  await expect(page.getByText('Dalam tinjauan').first()).toBeVisible();
  await signOut(page);
  // The demo office's holding statements need one approval: the head of Humas or the spokesperson.
  await approveAs(page, 'redaktur', statementTitle);
  await signIn(page, 'staf', demoPassword);
  await openCrisis(page);
  await page.getByRole('link', { name: new RegExp(statementTitle) }).click();
  await page.getByRole('button', { name: 'Tandai sudah dirilis' }).click();
  await expect(page.getByText('Pernyataan ditandai sudah dirilis.')).toBeVisible();

  // Back on the crisis: the clock has stopped at the first release and shows the promise.
  await openCrisis(page);
  await expect(page.getByText(/Pernyataan pertama dirilis \d+ menit setelah sinyal pertama/)).toBeVisible();
  await expect(page.getByText(/Pembaruan berikutnya dijanjikan/)).toBeVisible();

  // Phases and the checklist, each with who and when.
  await page.getByRole('button', { name: 'Pindah fase' }).click();
  await page.getByRole('dialog', { name: 'Pindah fase krisis' }).getByRole('button', { name: 'Pindahkan' }).click();
  await expect(page.getByText('Krisis kini pada fase Krisis berlangsung.')).toBeVisible();
  await page.getByRole('tab', { name: /Daftar periksa/ }).click();
  const item = page.getByRole('checkbox', { name: 'Tetapkan satu juru bicara resmi' });
  // Ticked when the core has recorded it (who and when come back with it).
  await item.click();
  await expect(item).toBeChecked();
  await expect(page.getByText(/^Dewi Anggraini, S\.I\.Kom\., /)).toBeVisible();
  await shot(page, 'crisis-checklist');

  // Eleven minutes later the promised update has not come: flagged on the home view.
  await page.clock.fastForward('11:00');
  await nav(page, 'Beranda');
  const card = page.getByRole('article', { name: crisisTitle });
  await expect(card.getByRole('alert')).toContainText('Pembaruan terlambat');
  await expect(page.getByText('Pembaruan terlambat').first()).toBeVisible();
  // Meanwhile the data leak has passed its first golden-hour prompt with nothing released.
  await expect(leak.getByText('15 menit · terlewat')).toBeVisible();
  // Both notices arrived together: one brief line shows the newest and counts the rest; the centre lists them.
  await expect(page.getByRole('banner').getByRole('status')).toContainText(/\(\+\d+ lainnya\)$/);
  await page.getByRole('button', { name: /^Pemberitahuan \(\d+\)$/ }).click();
  const notices = page.getByRole('dialog', { name: 'Pemberitahuan' });
  await expect(notices.getByRole('article', { name: 'Pembaruan terlambat' })).toBeVisible();
  await expect(notices.getByRole('article', { name: 'Golden hour terlewat' })).toBeVisible();
  await page.keyboard.press('Escape');
  await shot(page, 'home-overdue');

  // Post-crisis: a lesson written, the evaluation report downloaded and read back.
  await openCrisis(page);
  await page.getByRole('button', { name: 'Pindah fase' }).click();
  const phase = page.getByRole('dialog', { name: 'Pindah fase krisis' });
  await phase.getByRole('combobox', { name: 'Fase baru' }).click();
  await page.getByRole('option', { name: 'Pasca-krisis' }).click();
  await phase.getByRole('button', { name: 'Pindahkan' }).click();
  await expect(page.getByText('Krisis kini pada fase Pasca-krisis.')).toBeVisible();
  await page.getByRole('tab', { name: 'Evaluasi' }).click();
  await page
    .getByRole('textbox', { name: 'Yang berjalan baik' })
    .fill('Pernyataan awal terbit sebelum target 30 menit.');
  await page.getByRole('button', { name: 'Simpan: Yang berjalan baik' }).click();
  await expect(page.getByText('Yang berjalan baik disimpan.')).toBeVisible();
  await shot(page, 'crisis-evaluation');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Laporan evaluasi pascakrisis PDF' }).click(),
  ]);
  const report = (await pdfText(readFileSync(await download.path()))).text.replace(/\s+/g, ' ');
  expect(report).toContain('Laporan Evaluasi Pascakrisis');
  expect(report).toContain(crisisTitle);
  expect(report).toContain('Pernyataan awal terbit sebelum target 30 menit.');
  expect(report).toContain('1 dijanjikan');
  expect(report).toContain('Pengungsi');
  expect(report).toContain('Masuk fase: Pasca-krisis');

  await page.getByRole('button', { name: 'Tutup krisis' }).click();
  await page.getByRole('dialog', { name: 'Tutup krisis ini?' }).getByRole('button', { name: 'Tutup krisis' }).click();
  await expect(page.getByText('Krisis ditutup.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Buka kembali' })).toBeVisible();
});

test('an agency missing from the directory is added from the crisis, chosen at once, and the crisis stays open', async ({
  page,
  demo: siaga,
}) => {
  await page.goto(siaga.url);
  await signIn(page, 'staf', demoPassword);
  await nav(page, 'Krisis');
  await page.getByRole('link', { name: 'Dugaan kebocoran data layanan perizinan daring' }).click();
  const crisisUrl = page.url();
  await page.getByRole('tab', { name: 'Pemangku kepentingan' }).click();
  await page.getByRole('button', { name: 'Tambah instansi' }).first().click();
  const stakeholder = page.getByRole('dialog', { name: 'Tambah instansi' });
  await stakeholder.getByRole('button', { name: 'Instansi belum ada? Tambahkan di sini' }).click();
  const agency = page.getByRole('dialog', { name: 'Tambah instansi' }).last();
  await agency.getByRole('textbox', { name: 'Nama instansi' }).fill('CSIRT Pemprov DIY');
  await agency.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByText('Instansi CSIRT Pemprov DIY disimpan.')).toBeVisible();
  // Back in the stakeholder form with the new agency chosen.
  await expect(stakeholder.getByRole('combobox', { name: 'Instansi' })).toHaveValue('CSIRT Pemprov DIY');
  await stakeholder.getByRole('textbox', { name: 'Peran dalam krisis' }).fill('Forensik digital');
  await stakeholder.getByRole('button', { name: 'Simpan' }).click();
  await expect(stakeholder).toBeHidden();
  await expect(page.getByText('CSIRT Pemprov DIY').first()).toBeVisible();
  expect(page.url()).toBe(crisisUrl);
  // The coordination request form offers the same, and already knows the new agency.
  await page.getByRole('button', { name: 'Catat permintaan' }).first().click();
  const request = page.getByRole('dialog', { name: 'Catat permintaan' });
  await expect(request.getByRole('button', { name: 'Instansi belum ada? Tambahkan di sini' })).toBeVisible();
  await request
    .getByRole('textbox', { name: 'Instansi' })
    .or(request.getByRole('combobox', { name: 'Instansi' }))
    .click();
  await expect(page.getByRole('option', { name: 'CSIRT Pemprov DIY' })).toBeVisible();
});
