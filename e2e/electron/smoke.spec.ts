import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, type ElectronApplication, type Page } from '@playwright/test';
import { verifyDatabaseFile } from '../../src/main/core/db/backup';
import { noticeChannel } from '../../src/shared/ipc/electronChannels';
import { outward, startSmtpServer } from '../../test/smtpHarness';
import { approveAs, nav } from '../desk';
import { demoPassword, seedDemo, signIn, signOut } from '../fixtures';
import { electronSqliteAddon, launchDesktopApp, skipReason } from './desktopApp';

/**
 * The desktop app itself, as an office installs it: the Electron window, its preload, the core
 * worker inside Electron with the Electron build of the database addon, the OS keychain and the
 * quit. Everything else is tested in browser mode (e2e/) and Node; this proves the Electron parts.
 */

const reason = skipReason();
test.skip(reason !== undefined, reason);
test.describe.configure({ mode: 'serial' });

let addon: string;
let profile: string;
const made: string[] = [];
let running: { app: ElectronApplication; window: Page } | undefined;

test.beforeAll(async () => {
  test.setTimeout(15 * 60_000); // the first run builds the addon for this Electron
  addon = await electronSqliteAddon();
  profile = mkdtempSync(join(tmpdir(), 'siaga-electron-profile-'));
  made.push(profile);
});

test.afterEach(async () => {
  await running?.app.close();
  running = undefined;
});

test.afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A data folder holding the demo office (seeded with Node: the window must open the same data). */
function demoOffice(): string {
  const dataDir = mkdtempSync(join(tmpdir(), 'siaga-electron-'));
  made.push(dataDir);
  seedDemo(dataDir);
  return dataDir;
}

async function launch(dataDir: string): Promise<Page> {
  running = await launchDesktopApp(dataDir, profile, addon);
  await expect(running.window.getByRole('heading', { name: 'Masuk ke Siaga' })).toBeVisible();
  return running.window;
}

test('the window opens with the security settings of the design, and only the preload API', async () => {
  const page = await launch(demoOffice());
  const { app } = running!;
  expect(page.url()).toMatch(/^app:\/\/siaga\//);

  // The window's renderer runs sandboxed by the OS where Electron reports it (macOS, Windows);
  // context isolation shows in window.siaga itself (contextBridge refuses to work without it), and
  // Node's absence in the globals below.
  const renderer = await app.evaluate(({ app: electronApp, BrowserWindow }) => {
    const pid = BrowserWindow.getAllWindows()[0]!.webContents.getOSProcessId();
    return electronApp.getAppMetrics().find((metric) => metric.pid === pid)?.sandboxed;
  });
  if (process.platform !== 'linux') expect(renderer).toBe(true);
  // No <webview> (webviewTag: false).
  expect(await page.evaluate(() => document.createElement('webview') instanceof HTMLUnknownElement)).toBe(true);

  // The page sees window.siaga (invoke, on, notify) and no Node, no ipcRenderer.
  const globals = await page.evaluate(() => {
    const scope = globalThis as unknown as Record<string, unknown>;
    return {
      require: typeof scope.require,
      process: typeof scope.process,
      module: typeof scope.module,
      ipcRenderer: typeof scope.ipcRenderer,
      electron: typeof scope.electron,
      siaga: Object.keys(scope.siaga as object).sort(),
    };
  });
  expect(globals).toEqual({
    require: 'undefined',
    process: 'undefined',
    module: 'undefined',
    ipcRenderer: 'undefined',
    electron: 'undefined',
    siaga: ['invoke', 'notify', 'on'],
  });

  // The CSP refuses an inline script.
  const violated = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        document.addEventListener('securitypolicyviolation', (event) => resolve(event.effectiveDirective), {
          once: true,
        });
        const script = document.createElement('script');
        script.textContent = 'document.body.dataset.inline = "ran"';
        document.head.append(script);
        setTimeout(() => resolve('none'), 3_000);
      }),
  );
  expect(violated).toMatch(/^script-src/);
  expect(await page.evaluate(() => document.body.dataset.inline)).toBeUndefined();

  // Navigating away and opening new windows are refused.
  await page.evaluate(() => {
    window.location.href = 'https://example.org/';
  });
  await page.waitForTimeout(1_000);
  expect(page.url()).toMatch(/^app:\/\/siaga\//);
  expect(await page.evaluate(() => window.open('https://example.org/') === null)).toBe(true);
  expect(app.windows()).toHaveLength(1);
});

test('an administrator signs in; a statement is approved by second and third people, and the approver gets a desktop notice', async () => {
  const page = await launch(demoOffice());
  const { app } = running!;
  // What the renderer asks the shell to show, and what the OS was asked to show where it can.
  const notificationsSupported = await app.evaluate(({ ipcMain, Notification }, channel) => {
    const seen = ((globalThis as Record<string, unknown>).siagaNotices = [] as unknown[]);
    ipcMain.on(channel, (_event, notice: unknown) => seen.push(notice));
    const shown = ((globalThis as Record<string, unknown>).siagaShown = [] as string[]);
    const show = Notification.prototype.show;
    const watched = function (this: Electron.Notification) {
      shown.push(this.title);
      return show.call(this);
    };
    try {
      Notification.prototype.show = watched;
    } catch {
      // A read-only method: the IPC record above still proves the notice reached the shell.
    }
    return Notification.isSupported() && Notification.prototype.show === watched;
  }, noticeChannel);

  await signIn(page, 'admin', demoPassword);
  await expect(
    page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Informasi Sistem' }),
  ).toBeVisible();
  await signOut(page);

  const title = 'Uji jendela desktop: banjir di Mlati';
  await signIn(page, 'staf', demoPassword);
  await nav(page, 'Pernyataan');
  await page.getByRole('button', { name: 'Pernyataan baru' }).click();
  await page.getByRole('dialog', { name: 'Buat pernyataan baru' }).getByRole('button', { name: 'Buat' }).click();
  await page.getByRole('textbox', { name: 'Judul' }).fill(title);
  await page.getByRole('textbox', { name: 'Tempat (dateline)' }).fill('Sleman');
  await page.getByRole('textbox', { name: 'Ringkasan / lead' }).fill('Banjir di dua desa; warga diminta waspada.');
  const editor = page.getByRole('textbox', { name: 'Isi naskah' });
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Hujan deras menyebabkan banjir di dua desa. Warga diminta waspada.');
  await page.getByRole('button', { name: 'Simpan revisi' }).click();
  await expect(page.getByText(/Revisi \d+ tersimpan\./)).toBeVisible();
  await page.getByRole('button', { name: 'Ajukan untuk ditinjau' }).click();
  await expect(page.getByText('Dalam tinjauan').first()).toBeVisible();
  await signOut(page);

  // The editor is told on the desktop, then decides; the leader decides last.
  await signIn(page, 'redaktur', demoPassword);
  await expect
    .poll(() => app.evaluate(() => (globalThis as Record<string, unknown>).siagaNotices as { title: string }[]))
    .toContainEqual(expect.objectContaining({ title: 'Menunggu persetujuan Anda' }));
  if (notificationsSupported) {
    await expect
      .poll(() => app.evaluate(() => (globalThis as Record<string, unknown>).siagaShown as string[]))
      .toContain('Menunggu persetujuan Anda');
  }
  await signOut(page);
  await approveAs(page, 'redaktur', title);
  await approveAs(page, 'pimpinan', title);

  await signIn(page, 'staf', demoPassword);
  await nav(page, 'Pernyataan');
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByText('Disetujui').first()).toBeVisible();
});

test('the mail password round-trips through the OS keychain, and quitting takes a backup', async () => {
  const password = 'Sandi-Relai-Kantor-2026';
  const smtp = await startSmtpServer({ auth: { user: 'humas', pass: password } });
  const dataDir = demoOffice();
  try {
    const started = Date.now();
    let page = await launch(dataDir);
    const encrypted = await running!.app.evaluate(({ safeStorage }) => safeStorage.isEncryptionAvailable());
    await signIn(page, 'admin', demoPassword);
    await nav(page, 'Server Surel');
    await page.getByRole('textbox', { name: 'Server SMTP' }).fill('127.0.0.1');
    await page.getByRole('combobox', { name: 'Keamanan' }).click();
    await page.getByRole('option', { name: 'Tanpa enkripsi (relai internal)' }).click();
    await page.getByRole('textbox', { name: 'Port' }).fill(String(smtp.port));
    await page.getByRole('textbox', { name: 'Nama pengguna' }).fill('humas');
    await page.getByLabel(/^Kata sandi/).fill(password);
    await page.getByRole('textbox', { name: 'Nama pengirim' }).fill('Humas Diskominfo Sleman');
    await page.getByRole('textbox', { name: 'Alamat pengirim' }).fill('humas@slemankab.go.id');
    await page.getByRole('button', { name: 'Simpan pengaturan' }).click();
    await expect(page.getByText('Pengaturan server surel disimpan.')).toBeVisible();

    // Quit: the store closes after the quit backup — the desk's first, so it is due. (Only if the
    // run outlived the first daily check, two minutes after start, was that one taken instead.)
    expect(automaticBackups(dataDir)).toEqual([]);
    await running!.app.close();
    running = undefined;
    const taken = automaticBackups(dataDir);
    expect(taken).toHaveLength(1);
    if (Date.now() - started < 110_000) expect(taken[0]!.trigger).toBe('quit');
    expect(verifyDatabaseFile(taken[0]!.file).ok).toBe(true);

    // On disk the password is the OS's ciphertext (or, without a keyring, the user-only file).
    const secrets = join(dataDir, 'secrets');
    if (encrypted) {
      const stored = readFileSync(join(secrets, 'smtpPassword.enc'));
      expect(stored.includes(Buffer.from(password))).toBe(false);
      expect(existsSync(join(secrets, 'smtpPassword'))).toBe(false);
    } else {
      expect(readFileSync(join(secrets, 'smtpPassword'), 'utf8')).toBe(password);
    }

    // A new start decrypts it: the real SMTP server accepts the sign-in.
    page = await launch(dataDir);
    await signIn(page, 'admin', demoPassword);
    await nav(page, 'Server Surel');
    await expect(page.getByText('Tersimpan. Kosongkan untuk tetap memakai yang tersimpan.')).toBeVisible();
    await page.getByRole('textbox', { name: 'Kirim ke alamat' }).fill('admin@slemankab.go.id');
    await page.getByRole('button', { name: 'Kirim surel uji' }).click();
    await expect(page.getByText('Surel uji diterima server untuk admin@slemankab.go.id.')).toBeVisible();
    expect(outward(smtp.received).map((message) => message.to)).toContainEqual(['admin@slemankab.go.id']);
  } finally {
    await smtp.close();
  }
});

/** The backups the app took by itself (daily, on quit) in the data folder, oldest first. */
function automaticBackups(dataDir: string): { file: string; trigger: string }[] {
  const folder = join(dataDir, 'backups');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.manifest.json'))
    .sort()
    .map((name) => ({
      file: join(folder, name.replace(/\.manifest\.json$/, '')),
      trigger: (JSON.parse(readFileSync(join(folder, name), 'utf8')) as { trigger?: string }).trigger ?? 'daily',
    }))
    .filter((backup) => backup.trigger !== 'manual');
}
