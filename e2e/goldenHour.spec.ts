import type { Locator, Page } from '@playwright/test';
import { outward, startSmtpServer, waitFor } from '../test/smtpHarness';
import { shot } from './desk';
import { demoPassword, expect, setMailServer, signIn, signOut, test } from './fixtures';

const crisisTitle = 'Banjir Kecamatan Gamping';
// The office already names the regency, so the title does not say "di Kabupaten Sleman" again.
const holdingTitle = `Dinas Komunikasi dan Informatika Kabupaten Sleman Menangani ${crisisTitle}`;

/**
 * The golden hour as the issue counts it: from "Buka krisis baru" to every journalist of the
 * crisis's audience holding the approved holding statement, with a second person approving on
 * their own computer. Every click, filled field and key chord is one interaction.
 */
test('the golden hour in twelve steps: crisis, holding statement, approval where the approver is, release to every journalist', async ({
  page,
  browser,
  demo: siaga,
}) => {
  test.setTimeout(180_000);
  const smtp = await startSmtpServer();
  const approverContext = await browser.newContext();
  try {
    // Set up before the hour (not counted): the office's mail server; the editor at their desk.
    await page.goto(siaga.url);
    await setMailServer(page, smtp.port);
    await signOut(page);
    const approver = await approverContext.newPage();
    await approver.goto(siaga.url);
    await signIn(approver, 'redaktur', demoPassword);
    await expect(approver.getByRole('heading', { name: 'Beranda', level: 2 })).toBeVisible();
    await signIn(page, 'staf', demoPassword);
    await expect(page.getByRole('heading', { name: 'Beranda', level: 2 })).toBeVisible();

    let interactions = 0;
    const act = async (action: Promise<unknown>) => {
      interactions += 1;
      await action;
    };

    // 1–5: the crisis, its place chosen; the audience comes suggested from its type and region.
    await act(page.getByRole('link', { name: 'Buka krisis baru' }).first().click());
    await act(page.getByRole('textbox', { name: 'Judul krisis' }).fill(crisisTitle));
    await act(page.getByRole('combobox', { name: 'Wilayah terdampak' }).fill('Sleman'));
    await act(page.getByRole('option', { name: 'Kabupaten Sleman' }).click());
    await expect(page.getByText('Disarankan dari jenis dan wilayah krisis')).toBeVisible();
    await expect(page.getByText(/^Liputan bencana DIY \(/).first()).toBeVisible();
    await act(page.getByRole('button', { name: 'Buka krisis' }).click());
    await expect(page.getByRole('heading', { name: crisisTitle, level: 2 })).toBeVisible();

    // 6: the holding statement, written by the crisis and armed with its audience.
    await act(page.getByRole('button', { name: 'Tulis pernyataan awal' }).click());
    await expect(page.getByRole('textbox', { name: 'Judul' })).toHaveValue(holdingTitle);
    await expect(page.getByRole('textbox', { name: 'Tempat (dateline)' })).toHaveValue('Sleman');
    await expect(page.getByRole('textbox', { name: 'Informasi berikutnya pada' })).not.toHaveValue('');
    const plan = page.getByRole('region', { name: 'Rilis otomatis' });
    await expect(plan.getByRole('switch', { name: 'Kirim otomatis setelah disetujui' })).toBeChecked();
    await expect(plan).toContainText(
      /Setelah disetujui, naskah ini langsung dikirim ke \d+ penerima \(Liputan bencana DIY\)/,
    );
    const recipients = Number(/dikirim ke (\d+) penerima/.exec((await plan.textContent()) ?? '')?.[1]);
    expect(recipients).toBeGreaterThan(0);
    await shot(page, 'golden-hour-editor');

    // 7–9: the drafter writes what is known over the template's prompts.
    const body = page.getByRole('textbox', { name: 'Isi naskah' });
    await act(body.click());
    await act(page.keyboard.press('ControlOrMeta+A'));
    await act(
      page.keyboard.type(
        'Kami turut prihatin atas banjir di Kecamatan Gamping. 40 keluarga mengungsi ke balai desa. Penyebab masih diverifikasi; dapur umum dibuka.',
      ),
    );
    // 10: saved and submitted in one step; no notice covers the editor's buttons meanwhile.
    const saveAndSubmit = page.getByRole('button', { name: 'Simpan & ajukan' });
    await act(saveAndSubmit.click());
    // The notice says whom it now waits for.
    await expect(page.getByText(/^Revisi disimpan dan diajukan\. Berikutnya memutuskan: .+\.$/)).toBeVisible();
    await expectUncovered(page, page.getByRole('button', { name: 'Simpan revisi' }));

    // The editor, at their own desk: told once, briefly, in the header; the home card has the action.
    const brief = approver.getByRole('status').filter({ hasText: holdingTitle });
    await expect(brief).toBeVisible({ timeout: 15_000 });
    await shot(approver, 'golden-hour-approver-home');
    // 11: the decision drawer over the home view: the exact text, its fingerprint, what it releases.
    await act(approver.getByRole('button', { name: `Putuskan: ${holdingTitle}` }).click());
    const drawer = approver.getByRole('dialog', { name: 'Keputusan persetujuan' });
    await expect(drawer.getByRole('article', { name: 'Naskah yang diputuskan' })).toContainText(
      '40 keluarga mengungsi',
    );
    await expect(drawer.getByText(/Sidik revisi \(SHA-256\): [0-9a-f]{64}/)).toBeVisible();
    await expect(drawer).toContainText(`langsung dikirim ke ${recipients} penerima`);
    await shot(approver, 'golden-hour-drawer');
    // 12: approved, and with it released.
    await act(drawer.getByRole('button', { name: 'Setujui' }).click());
    await expect(approver.getByText(/Pernyataan disetujui dengan nomor/)).toBeVisible();
    await expect(drawer).toBeHidden();

    expect(interactions).toBeLessThanOrEqual(12);
    await waitFor(() => outward(smtp.received).length === recipients, 30_000, 'every journalist');

    // The drafter's view: released, sent to everyone, at the first acceptance.
    await page.reload();
    await expect(page.getByText('Dirilis', { exact: true })).toBeVisible();
    await page.getByRole('tab', { name: 'Distribusi' }).click();
    await expect(page.getByTestId('distribution-counts')).toContainText(`${recipients} dari ${recipients} terkirim`);

    // The notice is gone once decided, and was said once: a reload does not say it again.
    await approver.reload();
    await expect(approver.getByRole('heading', { name: 'Beranda', level: 2 })).toBeVisible();
    await approver.getByRole('button', { name: /^Pemberitahuan \(\d+\)$/ }).click();
    const centre = approver.getByRole('dialog', { name: 'Pemberitahuan' });
    await expect(centre).toBeVisible();
    await expect(centre).not.toContainText(holdingTitle);
    await expect(approver.getByRole('status').filter({ hasText: 'Menunggu persetujuan Anda' })).toHaveCount(0);
  } finally {
    await approverContext.close();
    await smtp.close();
  }
});

test('desk notices have a place of their own: counted, per person, in the language of the moment, linking to the decision', async ({
  page,
  demo: siaga,
}) => {
  test.setTimeout(120_000);
  await page.goto(siaga.url);
  // The head of Humas has statements waiting (the demo's review queue) and an open data leak.
  await signIn(page, 'redaktur', demoPassword);
  await expect(page.getByRole('heading', { name: 'Beranda', level: 2 })).toBeVisible();
  const bell = page.getByRole('button', { name: /^Pemberitahuan \(\d+\)$/ });
  await expect(bell).toBeVisible();
  // The bell's number, read when asked: it grows as the home view's answers arrive.
  const counted = async () => Number(/\((\d+)\)/.exec((await bell.getAttribute('aria-label')) ?? '')?.[1]);
  await expect.poll(counted).toBeGreaterThan(0);
  // Arriving notices are one brief line in the header, not toasts over the page.
  // Everything that arrived since sign-in: the newest, and how many more.
  await expect(page.getByRole('status').filter({ hasText: /\(\+\d+ lainnya\)$/ })).toBeVisible();
  await expectUncovered(page, page.getByRole('link', { name: 'Buka krisis baru' }).first());
  await shot(page, 'notices-brief');

  await bell.click();
  const centre = page.getByRole('dialog', { name: 'Pemberitahuan' });
  // The centre lists exactly what the bell counts (both read once everything has arrived).
  await expect
    .poll(async () => {
      const listed = await centre.getByRole('article').count();
      return listed > 0 && listed === (await counted());
    })
    .toBe(true);
  // A notice's action says what it does, never a page button's label.
  const decide = centre.getByRole('button', { name: 'Tinjau dan putuskan' }).first();
  await expect(decide).toBeVisible();
  await shot(page, 'notices-centre');
  await decide.click();
  const drawer = page.getByRole('dialog', { name: 'Keputusan persetujuan' });
  await expect(drawer.getByRole('button', { name: 'Setujui' })).toBeVisible();
  // Keyboard: Escape closes the drawer where it opened.
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();

  // Switching the language switches the notices too.
  await page.getByText('EN', { exact: true }).click();
  await page.getByRole('button', { name: /^Notices \(\d+\)$/ }).click();
  await expect(
    page.getByRole('dialog', { name: 'Notices' }).getByRole('button', { name: 'Review and decide' }).first(),
  ).toBeVisible();
  await shot(page, 'notices-centre-en');
  await page.keyboard.press('Escape');
  await page.getByText('ID', { exact: true }).click();

  // Said once per person: after a reload, no brief line again; the next person is told their own.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Beranda', level: 2 })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Pemberitahuan \(\d+\)$/ })).toBeVisible();
  await expect(page.getByRole('banner').getByRole('status')).toHaveCount(0);
  await signOut(page);
  await signIn(page, 'tamu', demoPassword);
  await expect(page.getByRole('heading', { name: 'Beranda', level: 2 })).toBeVisible();
  await page.getByRole('button', { name: /^Pemberitahuan \(\d+\)$/ }).click();
  await expect(page.getByRole('dialog', { name: 'Pemberitahuan' })).not.toContainText('Menunggu persetujuan Anda');
});

/** Nothing fixed (a notice, a toast) lies over the element's centre: a person can click it. */
async function expectUncovered(page: Page, target: Locator) {
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  expect(box).not.toBeNull();
  const x = box!.x + box!.width / 2;
  const y = box!.y + box!.height / 2;
  const onTop = await page.evaluate(
    ([px, py]) => {
      const element = document.elementFromPoint(px!, py!);
      return element?.closest('button, a')?.textContent ?? element?.textContent ?? '';
    },
    [x, y],
  );
  expect(onTop).toBe(await target.textContent());
}
