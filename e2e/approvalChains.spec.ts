import { nav, shot, wibFromNow } from './desk';
import { demoPassword, expect, signIn, signOut, test } from './fixtures';

const title = 'Pernyataan Resmi Diskominfo Sleman terkait Gangguan Layanan Perizinan';

test('a chain per kind, a round nobody could decide, a stand-in named from the refusal, who then decides in the drawer', async ({
  page,
  demo: siaga,
}) => {
  test.setTimeout(150_000);
  await page.goto(siaga.url);

  // The administrator gives official statements their own chain: the spokesperson alone.
  await signIn(page, 'admin', demoPassword);
  await nav(page, 'Templat & Alur');
  const chains = page.getByRole('region', { name: 'Alur persetujuan' });
  await chains.getByRole('combobox', { name: 'Alur untuk' }).click();
  await page.getByRole('option', { name: 'Pernyataan Resmi', exact: true }).click();
  await expect(chains.getByText('Jenis ini mengikuti alur bawaan.')).toBeVisible();
  await chains.getByRole('button', { name: 'Hapus tahap 2' }).click();
  const step = chains.getByRole('combobox', { name: 'Tahap 1: diputuskan oleh salah satu peran' });
  await step.click({ force: true });
  await page.keyboard.press('Backspace');
  await page.getByRole('option', { name: 'Juru Bicara' }).click();
  await page.keyboard.press('Escape');
  await chains.getByRole('button', { name: 'Simpan alur' }).click();
  await expect(page.getByText('Alur persetujuan disimpan.')).toBeVisible();
  await expect(chains.getByRole('combobox', { name: 'Alur untuk' })).toHaveValue('Pernyataan Resmi · alur sendiri');
  await shot(page, 'chains-per-kind');
  // In a crisis, an approver who has not decided in 15 minutes is reminded by e-mail; the stand-in after 20.
  const reminders = chains.getByRole('group', { name: 'Pengingat persetujuan saat krisis' });
  await expect(reminders.getByRole('button', { name: 'Simpan pengingat' })).toBeDisabled();
  await reminders.getByRole('textbox', { name: 'Ingatkan penyetuju setelah (menit)' }).fill('15');
  await reminders.getByRole('button', { name: 'Simpan pengingat' }).click();
  await expect(page.getByText('Pengingat persetujuan tersimpan.')).toBeVisible();
  await expect(reminders.getByRole('textbox', { name: 'Ingatkan penyetuju setelah (menit)' })).toHaveValue('15');
  await expect(reminders.getByRole('textbox', { name: 'Beri tahu pengganti setelah (menit)' })).toHaveValue('20');
  await shot(page, 'chains-reminders');
  await signOut(page);

  // The spokesperson writes one: nobody else may decide it, and the refusal says so beside the buttons.
  await signIn(page, 'jubir', demoPassword);
  await nav(page, 'Pernyataan');
  await page.getByRole('button', { name: 'Pernyataan baru' }).click();
  const dialog = page.getByRole('dialog', { name: 'Buat pernyataan baru' });
  await dialog.getByRole('combobox', { name: 'Jenis' }).click();
  await page.getByRole('option', { name: 'Pernyataan Resmi', exact: true }).click();
  await dialog.getByRole('button', { name: 'Buat' }).click();
  await page.getByRole('textbox', { name: 'Judul' }).fill(title);
  const body = page.getByRole('textbox', { name: 'Isi naskah' });
  await body.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Layanan perizinan daring kembali normal sejak pukul 10.00 WIB. Data pemohon aman.');
  await page.getByRole('button', { name: 'Simpan & ajukan' }).click();
  const refusal = page.getByRole('alert').filter({ hasText: 'Revisi tersimpan, tetapi belum diajukan' });
  await expect(refusal).toContainText(
    'Tidak ada yang dapat memutuskan tahap 1: Rina Marlina, S.H. ikut menulis naskah ini.',
  );
  await expect(refusal).toContainText(
    'Dapat ditunjuk sebagai pengganti: Agus Santoso, S.Sos.; Dr. Hendra Wijaya, M.Si.',
  );
  await expect(refusal).toContainText('Dr. Hendra Wijaya, M.Si.');
  await shot(page, 'chains-refusal');

  // Named from there, for two hours; then the submission goes through.
  await refusal.getByRole('button', { name: 'Tunjuk pengganti' }).click();
  const naming = page.getByRole('dialog', { name: 'Tunjuk pengganti' });
  await naming.getByRole('combobox', { name: 'Pengganti' }).click();
  await page.getByRole('option', { name: 'Dr. Hendra Wijaya, M.Si.' }).click();
  await naming.getByRole('textbox', { name: 'Sampai' }).fill(wibFromNow(120));
  await naming.getByRole('button', { name: 'Tunjuk' }).click();
  await expect(page.getByText('Pengganti ditunjuk.')).toBeVisible();
  await page.getByRole('button', { name: 'Ajukan untuk ditinjau' }).click();
  await expect(page.getByText('Dalam tinjauan').first()).toBeVisible();
  await signOut(page);

  // The stand-in finds it in their tasks and decides in the drawer, in the spokesperson's name.
  await signIn(page, 'pimpinan', demoPassword);
  await nav(page, 'Tugas Saya');
  await expect(page.getByRole('region', { name: 'Pengganti penyetuju' })).toContainText(
    'Dr. Hendra Wijaya, M.Si. menggantikan Rina Marlina, S.H.',
  );
  await page
    .getByRole('region', { name: /Menunggu keputusan Anda/ })
    .getByRole('button', { name: `Putuskan: ${title}` })
    .click();
  const drawer = page.getByRole('dialog', { name: 'Keputusan persetujuan' });
  await expect(drawer).toContainText('Tahap 1 dari 1: Juru Bicara');
  await expect(drawer).toContainText('Tidak ada rilis otomatis');
  await drawer.getByRole('button', { name: 'Setujui' }).click();
  await expect(page.getByText(/Pernyataan disetujui dengan nomor/)).toBeVisible();
  await nav(page, 'Pernyataan');
  await page.getByRole('link', { name: title }).click();
  await page.getByRole('tab', { name: 'Persetujuan' }).click();
  await expect(
    page.getByText(/Disetujui Dr\. Hendra Wijaya, M\.Si\., .* \(sebagai pengganti Rina Marlina, S\.H\.\)/),
  ).toBeVisible();
  await shot(page, 'chains-stand-in-decided');
});
