import { rmSync } from 'node:fs';
import { outward, startSmtpServer, waitFor } from '../test/smtpHarness';
import { shot } from './desk';
import { demoPassword, e2eStore, expect, setMailServer, signIn, startSiaga, test } from './fixtures';

// Skipped on the embedded run, by design: two desks share one store only on an office server,
// which only the PostgreSQL run (SIAGA_E2E_STORE=postgres, run by npm test and CI) starts.
test.skip(
  e2eStore !== 'postgres',
  'needs the throwaway PostgreSQL server that only the e2e-postgres run starts (it runs in npm test and CI)',
);

const crisisTitle = 'Longsor Kecamatan Prambanan';
const holdingTitle = `Dinas Komunikasi dan Informatika Kabupaten Sleman Menangani ${crisisTitle}`;

/**
 * Two browser-mode servers on one office database: the Humas desk (A) and the head of Humas's
 * desk (B), each its own process, as two computers in the office are. Nothing is reloaded: what
 * one desk does reaches the other through the server (LISTEN/NOTIFY), and both desks' senders
 * work the one outbox without sending a message twice.
 */
test('a drafter on one desk submits, the approver on another sees it at once and approves, the first desk shows it released; each journalist gets it once', async ({
  page,
  browser,
  demo: deskA,
}) => {
  test.setTimeout(180_000);
  const smtp = await startSmtpServer();
  const deskB = await startSiaga(undefined, { databaseUrl: deskA.databaseUrl, deskName: 'MEJA-PIMPINAN' });
  const approverContext = await browser.newContext();
  try {
    await page.goto(deskA.url);
    await setMailServer(page, smtp.port);
    await page.getByRole('button', { name: 'Menu pengguna' }).click();
    await page.getByRole('menuitem', { name: 'Keluar' }).click();

    // The head of Humas at desk B, on the home view; the drafter at desk A.
    const approver = await approverContext.newPage();
    await approver.goto(deskB.url);
    await signIn(approver, 'redaktur', demoPassword);
    await expect(approver.getByRole('heading', { name: 'Beranda', level: 2 })).toBeVisible();
    await signIn(page, 'staf', demoPassword);
    await expect(page.getByRole('heading', { name: 'Beranda', level: 2 })).toBeVisible();

    // Desk A opens a crisis; desk B's home view shows it without a reload.
    await page.getByRole('link', { name: 'Buka krisis baru' }).first().click();
    await page.getByRole('textbox', { name: 'Judul krisis' }).fill(crisisTitle);
    await page.getByRole('combobox', { name: 'Wilayah terdampak' }).fill('Sleman');
    await page.getByRole('option', { name: 'Kabupaten Sleman' }).click();
    await page.getByRole('button', { name: 'Buka krisis' }).click();
    await expect(page.getByRole('heading', { name: crisisTitle, level: 2 })).toBeVisible();
    await expect(approver.getByRole('article', { name: crisisTitle })).toBeVisible();

    // The holding statement, armed with the crisis's audience, saved and submitted.
    await page.getByRole('button', { name: 'Tulis pernyataan awal' }).click();
    const plan = page.getByRole('region', { name: 'Rilis otomatis' });
    await expect(plan.getByRole('switch', { name: 'Kirim otomatis setelah disetujui' })).toBeChecked();
    const recipients = Number(/dikirim ke (\d+) penerima/.exec((await plan.textContent()) ?? '')?.[1]);
    expect(recipients).toBeGreaterThan(0);
    const body = page.getByRole('textbox', { name: 'Isi naskah' });
    await body.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Longsor menutup jalan di Prambanan. Tim gabungan membuka jalur dan mendata warga.');
    // In the editor the drafter sees who else is signed in now, and where: the head of Humas at desk B.
    await expect(page.getByRole('group', { name: 'Sedang masuk sekarang' })).toContainText(
      'Agus Santoso, S.Sos. (MEJA-PIMPINAN)',
    );
    await page.getByRole('button', { name: 'Simpan & ajukan' }).click();
    await expect(page.getByText(/^Revisi disimpan dan diajukan\. Berikutnya memutuskan: /)).toBeVisible();
    const releasedBadge = page.getByText('Dirilis', { exact: true });
    await expect(releasedBadge).toHaveCount(0);

    // Desk B: the task arrives by itself, in the header and on the home view.
    await expect(approver.getByRole('status').filter({ hasText: holdingTitle })).toBeVisible({ timeout: 15_000 });
    await shot(approver, 'desks-approver-told');
    await approver.getByRole('button', { name: `Putuskan: ${holdingTitle}` }).click();
    const drawer = approver.getByRole('dialog', { name: 'Keputusan persetujuan' });
    await expect(drawer.getByRole('article', { name: 'Naskah yang diputuskan' })).toContainText('Tim gabungan');
    // The drafter is at a desk now: the head of Humas could call before deciding.
    await expect(drawer.getByLabel(/^sedang masuk · /)).toBeVisible();
    await shot(approver, 'desks-drawer-presence');
    await drawer.getByRole('button', { name: 'Setujui' }).click();
    await expect(approver.getByText(/Pernyataan disetujui dengan nomor/)).toBeVisible();

    // Desk A, untouched since submitting: the statement turns released on its own.
    await expect(releasedBadge).toBeVisible({ timeout: 30_000 });
    await shot(page, 'desks-drafter-released');
    await waitFor(() => outward(smtp.received).length >= recipients, 30_000, 'every journalist');
    // Both desks' senders worked the one outbox: nobody had it twice.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const addresses = outward(smtp.received).flatMap((message) => message.to);
    expect(addresses).toHaveLength(recipients);
    expect(new Set(addresses).size).toBe(recipients);
    // Everyone the waiting step concerned was also told by e-mail — the head of Humas among them —
    // each once, though both desks looked. (The demo's other waiting statements have notices too.)
    const notices = smtp.received.filter(
      (message) => message.notice && message.parsed!.subject === `[Siaga] Menunggu persetujuan Anda: ${holdingTitle}`,
    );
    const told = notices.flatMap((message) => message.to);
    expect(told).toContain('redaktur@slemankab.go.id');
    expect(new Set(told).size).toBe(told.length);
    expect(notices[0]!.parsed!.text).toContain(`Krisis: ${crisisTitle}`);
  } finally {
    await approverContext.close();
    await smtp.close();
    expect(await deskB.stop()).toBe(0);
    rmSync(deskB.dataDir, { recursive: true, force: true });
  }
});
