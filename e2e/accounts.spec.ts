import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { demoPassword, expect, signIn, signOut, test } from './fixtures';

const adminPassword = 'Admin-Siaga-2026';
const userPassword = 'Pengguna-Humas-1';

async function createAccount(page: Page, username: string, fullName: string, role: string): Promise<void> {
  await page.getByRole('button', { name: 'Tambah akun' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tambah akun' });
  await dialog.getByLabel(/^Nama pengguna/).fill(username);
  await dialog.getByLabel(/^Nama lengkap/).fill(fullName);
  await dialog.getByLabel(/^Kata sandi/).fill(userPassword);
  await dialog.getByLabel(/^Ulangi kata sandi baru/).fill(userPassword);
  await dialog.getByRole('checkbox', { name: role }).check();
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('table', { name: 'Akun Pengguna' }).getByRole('cell', { name: username, exact: true }),
  ).toBeVisible();
}

test('first run -> admin creates a drafter and an approver -> the drafter sees only what a drafter may; wrong passwords lock', async ({
  page,
  siaga,
}) => {
  await page.goto(siaga.url);

  // The first-run wizard.
  await expect(page.getByRole('heading', { name: 'Selamat datang di Siaga' })).toBeVisible();
  // Where the data lives: this computer, the default (a desk started on an office server — the
  // PostgreSQL run — begins at the office instead).
  if (!siaga.databaseUrl) {
    await expect(page.getByRole('radio', { name: /Komputer ini saja/ })).toBeChecked();
    await page.getByRole('button', { name: 'Lanjut' }).click();
  }
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await expect(page.getByText('Wajib diisi.')).toBeVisible();
  await page.getByLabel(/^Nama instansi/).fill('Dinas Komunikasi dan Informatika Kabupaten Sleman');
  await page.getByLabel('Unit kerja').fill('Bidang Informasi dan Komunikasi Publik');
  await page.getByLabel('Situs web').fill('https://diskominfo.slemankab.go.id');
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await expect(page.getByLabel('Pola nomor siaran pers')).toHaveValue('{seq}/SP/HUMAS/{month_roman}/{year}');
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await page.getByLabel(/^Nama lengkap/).fill('Siti Rahmawati');
  await page.getByLabel(/^NIP/).fill('12345');
  await page.getByLabel(/^Kata sandi/).fill('pendek');
  await page.getByLabel(/^Ulangi kata sandi baru/).fill('pendek');
  await page.getByRole('button', { name: 'Selesai dan masuk' }).click();
  // The core's rules, shown next to their fields.
  await expect(page.getByText('NIP harus 18 angka.')).toBeVisible();
  await expect(page.getByText('Kata sandi minimal 10 karakter.')).toBeVisible();
  await page.getByLabel(/^NIP/).fill('198503122010012003');
  await page.getByLabel(/^Kata sandi/).fill(adminPassword);
  await page.getByLabel(/^Ulangi kata sandi baru/).fill(adminPassword);
  await page.getByRole('button', { name: 'Selesai dan masuk' }).click();

  // The administrator is signed in and sees the admin sections.
  const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
  await expect(nav.getByRole('link', { name: 'Akun Pengguna' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Jejak Audit' })).toBeVisible();

  // A short lock period for this test, set as an admin would.
  await nav.getByRole('link', { name: 'Profil Instansi' }).click();
  await page.getByLabel(/^Lama akun terkunci/).fill('2');
  await page.getByRole('button', { name: 'Simpan profil' }).click();
  await expect(page.getByText('Profil instansi tersimpan.')).toBeVisible();

  await nav.getByRole('link', { name: 'Akun Pengguna' }).click();
  await createAccount(page, 'staf', 'Dewi Anggraini', 'Staf Humas (penyusun)');
  await createAccount(page, 'pimpinan', 'Hendra Wijaya', 'Pimpinan');
  // A duplicate is refused next to the field.
  await page.getByRole('button', { name: 'Tambah akun' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tambah akun' });
  await dialog.getByLabel(/^Nama pengguna/).fill('staf');
  await dialog.getByLabel(/^Nama lengkap/).fill('Orang Lain');
  await dialog.getByLabel(/^Kata sandi/).fill(userPassword);
  await dialog.getByLabel(/^Ulangi kata sandi baru/).fill(userPassword);
  await dialog.getByRole('checkbox', { name: 'Tamu / Pemantau' }).check();
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(dialog.getByText('Nama pengguna ini sudah dipakai.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Batal' }).click();

  // The audit trail shows what happened, with the chain head.
  await nav.getByRole('link', { name: 'Jejak Audit' }).click();
  await expect(page.getByTestId('audit-head')).toHaveText(/^\d+:[0-9a-f]{64}$/);
  await expect(page.getByRole('table', { name: 'Jejak Audit' }).getByText('account.created').first()).toBeVisible();
  await signOut(page);

  // The drafter sees only what a drafter may do.
  await signIn(page, 'staf', userPassword);
  await expect(nav.getByRole('link', { name: 'Informasi Sistem' })).toBeVisible();
  await expect(nav.getByRole('link')).toHaveText([
    'Beranda',
    'Krisis',
    'Hoaks',
    'Pemantauan',
    'Tugas Saya',
    'Pernyataan',
    'Konferensi Pers',
    'Kontak Media',
    'Informasi Sistem',
    'Pengaturan Tampilan',
  ]);
  await page.goto(`${siaga.origin}/#/accounts`);
  await expect(page).toHaveURL(/#\/home$/);
  // And the core refuses what the screen hides.
  const forbidden = await page.evaluate(async () => {
    const token = sessionStorage.getItem('siaga.bridgeToken') ?? '';
    const session = sessionStorage.getItem('siaga.session') ?? '';
    const response = await fetch('/rpc/accounts.list', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'x-siaga-session': session, 'content-type': 'application/json' },
      body: '{}',
    });
    return ((await response.json()) as { error?: { code: string } }).error?.code;
  });
  expect(forbidden).toBe('FORBIDDEN');
  await signOut(page);

  // Five wrong passwords lock the account; the right one is then refused too, in the same words
  // (nobody without the password learns whether a name exists or is locked).
  const failed = /^Gagal masuk: nama pengguna atau kata sandi salah, atau akun dikunci sementara setelah 5 kali salah/;
  for (let attempt = 1; attempt <= 5; attempt++) {
    await signIn(page, 'pimpinan', 'salah-sekali-1');
    await expect(page.getByRole('alert')).toHaveText(failed);
  }
  await signIn(page, 'pimpinan', userPassword);
  await expect(page.getByRole('alert')).toHaveText(failed);
  await expect(page.getByRole('button', { name: 'Masuk' })).toBeVisible();

  // The administrator reads it in words: whose password was tried, and what happened.
  await signIn(page, 'admin', adminPassword);
  await nav.getByRole('link', { name: 'Jejak Audit' }).click();
  const trail = page.getByRole('table', { name: 'Jejak Audit' });
  const tried = trail.getByRole('row').filter({ hasText: 'Gagal masuk' }).first();
  await expect(tried).toContainText(/Percobaan masuk: .+ \(pimpinan\)/);
  await expect(tried).toContainText('attempts: ');
  await expect(
    trail.getByRole('row').filter({ hasText: 'Akun dikunci (terlalu banyak salah kata sandi)' }),
  ).toHaveCount(1);
  await expect(trail.getByText(/^\{"/)).toHaveCount(0);
  await signOut(page);

  // The store's audit chain verifies after all of this.
  const report = execFileSync('npm', ['run', '-s', 'siaga', '--', 'verify', ...siaga.storeArgs], {
    cwd: join(__dirname, '..'),
    encoding: 'utf8',
  });
  expect(report).toMatch(/OK\s+audit_chain/);
});

test('the sign-in screen and the wizard speak English too', async ({ page, siaga }) => {
  await page.goto(siaga.url);
  await page.getByText('EN', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Welcome to Siaga' })).toBeVisible();
  if (!siaga.databaseUrl) {
    await expect(page.getByRole('radio', { name: /This computer only/ })).toBeChecked();
    await expect(page.getByText('Every desk uses one database on the office server', { exact: false })).toBeVisible();
    await page.getByRole('button', { name: 'Next' }).click();
  }
  await expect(page.getByLabel(/^Agency name/)).toBeVisible();
});

test('a shared desk: nothing of the person who left stays for the next — no notice, no page', async ({
  page,
  demo: siaga,
}) => {
  await page.clock.install();
  await page.goto(siaga.url);
  await signIn(page, 'staf', demoPassword);
  // A claim about the demo's data leak waits: the header says so.
  const line = page.getByRole('banner').getByRole('status');
  await expect(line).toContainText('Hoaks baru tentang krisis');
  await page.getByRole('link', { name: 'Pengaturan Tampilan' }).click();
  await page.getByText('Gelap', { exact: true }).click();
  await expect(page.getByText('Pengaturan tersimpan.')).toBeVisible();
  await page.getByRole('link', { name: 'Kontak Media' }).click();
  await signOut(page);
  await expect(page.getByText('Pengaturan tersimpan.')).toHaveCount(0);
  await expect(page.getByText(/Hoaks baru|kebocoran data/)).toHaveCount(0);

  // The next person starts at the home view, not on the contacts page left open.
  await signIn(page, 'redaktur', demoPassword);
  await expect(page.getByRole('heading', { name: 'Beranda', level: 2 })).toBeVisible();
  await page.getByRole('link', { name: 'Kontak Media' }).click();
  await expect(page.getByRole('heading', { name: 'Kontak Media', level: 2 })).toBeVisible();

  // Locked for idleness: the same, whoever signs in next.
  await page.clock.fastForward('20:00');
  await expect(page.getByText('Sesi dikunci karena tidak ada aktivitas. Silakan masuk kembali.')).toBeVisible();
  await expect(page.getByText(/Hoaks baru|kebocoran data/)).toHaveCount(0);
  await signIn(page, 'jubir', demoPassword);
  await expect(page.getByRole('heading', { name: 'Beranda', level: 2 })).toBeVisible();
});
