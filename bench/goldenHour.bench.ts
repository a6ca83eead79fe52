import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium, type Browser, type Page } from '@playwright/test';
import { demoPassword, seedDemo, startSiaga } from '../e2e/siagaServer';
import { openTestCore } from '../test/coreHarness';
import { importCsv, mailSettings } from '../test/distributionHarness';
import { startSmtpServer, waitFor, type TestSmtpServer } from '../test/smtpHarness';
import { rawPoolSend, result, type BenchResult } from './measure';

/** The goals: interactions from "Buka krisis baru" to released, app waiting, delivery. */
const goals = { interactions: 12, waitingS: 3, deliveryS: 30 };
const audienceSizes = [50, 300] as const;
const segmentName = 'Liputan bencana DIY';
const debianChromium = '/usr/bin/chromium';

/**
 * The golden hour in real Chromium against browser mode with the demo office: a drafter opens a
 * flood crisis, writes the holding statement the crisis prepares and submits it; the head of
 * Humas, signed in on their own browser, approves it from the home view; the approval sends it to
 * the crisis's audience (the demo's disaster-beat segment, grown to 50 and to 300 reachable
 * journalists) through a local SMTP server at the office's default rate (600 a minute).
 * Interactions are counted, the app's waiting after each one summed, and delivery timed from the
 * approval click until the server accepted the first, the 50th and the last message. The
 * same-run baseline for delivery is nodemailer's pool sending the same number of messages.
 */
export async function benchGoldenHour(): Promise<BenchResult[]> {
  buildOnce();
  const browser = await chromium.launch({
    ...(existsSync(debianChromium) ? { executablePath: debianChromium } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  const results: BenchResult[] = [];
  try {
    for (const size of audienceSizes) results.push(...(await oneHour(browser, size)));
  } finally {
    await browser.close();
  }
  return results;
}

/** The renderer and browser mode as the e2e tests run them (a few seconds). */
function buildOnce(): void {
  console.log('golden-hour: building browser mode');
  execFileSync('npx', ['electron-vite', 'build'], { cwd: join(__dirname, '..'), stdio: 'ignore' });
}

async function oneHour(browser: Browser, size: number): Promise<BenchResult[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'siaga-bench-golden-'));
  const smtp = await startSmtpServer({ parse: false });
  try {
    await prepareOffice(dataDir, smtp, size);
    const server = await startSiaga(dataDir);
    try {
      const flow = await walk(browser, server.url, smtp, size);
      const raw = await rawDelivery(smtp, size);
      const label = `${size} journalists`;
      return [
        result(
          `golden hour (${label}): interactions, goal ≤ ${goals.interactions}`,
          flow.interactions,
          'steps',
          goals.interactions,
          'goal',
        ),
        result(
          `golden hour (${label}): app waiting summed, goal ≤ ${goals.waitingS} s`,
          flow.waitingS,
          's',
          goals.waitingS,
          'goal',
        ),
        result(
          `golden hour (${label}): first accepted after approval (released)`,
          flow.firstS,
          's',
          raw.firstS,
          'raw nodemailer pool, first',
        ),
        ...(size >= 50
          ? [
              result(
                `golden hour (${label}): 50th accepted after approval`,
                flow.fiftiethS,
                's',
                raw.fiftiethS,
                'raw nodemailer pool, 50th',
              ),
            ]
          : []),
        result(
          `golden hour (${label}): last accepted after approval, goal ≤ ${goals.deliveryS} s`,
          flow.lastS,
          's',
          raw.lastS,
          'raw nodemailer pool, last',
        ),
      ];
    } finally {
      await server.stop();
    }
  } finally {
    await smtp.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * Before the hour (not counted): the demo office, its mail server at the default limits, and the
 * disaster-beat segment grown to `size` reachable journalists in Sleman.
 */
async function prepareOffice(dataDir: string, smtp: TestSmtpServer, size: number): Promise<void> {
  seedDemo(dataDir);
  const test = await openTestCore(dataDir, () => new Date());
  try {
    const login = async (username: string) =>
      (await test.value('accounts.login', { username, password: demoPassword })).sessionId;
    const admin = await login('admin');
    const staf = await login('staf');
    await test.value('distribution.saveSettings', mailSettings(smtp, { perMinute: 600, perDay: 10_000 }), admin);
    const segment = (await test.value('contacts.lists', {}, staf)).find((list) => list.name === segmentName);
    if (!segment) throw new Error(`the demo has no "${segmentName}" segment`);
    const reach = async () =>
      (await test.value('distribution.audienceCount', { listIds: [segment.id], contactIds: [] }, staf)).recipients;
    const missing = size - (await reach());
    await importCsv(test, staf, [
      'Nama,Email,Liputan,Wilayah',
      ...Array.from(
        { length: missing },
        (_, index) => `Wartawan Bencana ${index + 1},bencana-${index + 1}@media.test,Bencana,Kabupaten Sleman`,
      ),
    ]);
    const reached = await reach();
    if (reached !== size) throw new Error(`the segment reaches ${reached} journalists, not ${size}`);
  } finally {
    await test.core.close();
  }
}

interface Flow {
  interactions: number;
  waitingS: number;
  firstS: number;
  fiftiethS: number;
  lastS: number;
}

async function walk(browser: Browser, url: string, smtp: TestSmtpServer, size: number): Promise<Flow> {
  const options = { locale: 'id-ID', timezoneId: 'Asia/Jakarta', viewport: { width: 1280, height: 900 } };
  const drafterContext = await browser.newContext(options);
  const approverContext = await browser.newContext(options);
  try {
    const drafter = await drafterContext.newPage();
    const approver = await approverContext.newPage();
    await signIn(approver, url, 'redaktur');
    await signIn(drafter, url, 'staf');

    let interactions = 0;
    let waitingMs = 0;
    const waits: string[] = [];
    /** One interaction, then the app's answer the person waits for (not counted for fills). */
    const step = async (action: () => Promise<unknown>, answer?: () => Promise<unknown>) => {
      interactions += 1;
      await action();
      if (!answer) return;
      const start = performance.now();
      await answer();
      const waited = performance.now() - start;
      waitingMs += waited;
      waits.push(`${interactions}: ${Math.round(waited)} ms`);
    };
    const visible = (page: Page, role: Parameters<Page['getByRole']>[0], name: string | RegExp) => () =>
      page.getByRole(role, { name }).first().waitFor({ state: 'visible', timeout: 30_000 });

    const crisisTitle = `Banjir Kecamatan Gamping ${size}`;
    await step(
      () => drafter.getByRole('link', { name: 'Buka krisis baru' }).first().click(),
      visible(drafter, 'textbox', 'Judul krisis'),
    );
    await step(() => drafter.getByRole('textbox', { name: 'Judul krisis' }).fill(crisisTitle));
    await step(
      () => drafter.getByRole('combobox', { name: 'Wilayah terdampak' }).fill('Sleman'),
      visible(drafter, 'option', 'Kabupaten Sleman'),
    );
    await step(() => drafter.getByRole('option', { name: 'Kabupaten Sleman' }).click());
    await step(
      () => drafter.getByRole('button', { name: 'Buka krisis' }).click(),
      visible(drafter, 'heading', crisisTitle),
    );
    await step(
      () => drafter.getByRole('button', { name: 'Tulis pernyataan awal' }).click(),
      () => drafter.getByText(`langsung dikirim ke ${size} penerima`).waitFor({ timeout: 30_000 }),
    );
    const title = await drafter.getByRole('textbox', { name: 'Judul' }).inputValue();
    await step(() => drafter.getByRole('textbox', { name: 'Isi naskah' }).click());
    await step(() => drafter.keyboard.press('ControlOrMeta+A'));
    await step(() =>
      drafter.keyboard.insertText(
        'Kami turut prihatin atas banjir di Kecamatan Gamping. 40 keluarga mengungsi ke balai desa. Penyebab masih diverifikasi; dapur umum dibuka.',
      ),
    );
    await step(
      () => drafter.getByRole('button', { name: 'Simpan & ajukan' }).click(),
      async () => {
        const start = performance.now();
        await drafter.getByText('Revisi disimpan dan diajukan untuk ditinjau.').waitFor({ timeout: 30_000 });
        waits.push(`(submitted after ${Math.round(performance.now() - start)} ms)`);
        // The approver's desk learns of it by itself: that wait is the app's too.
        await approver.getByRole('button', { name: `Putuskan: ${title}` }).waitFor({ timeout: 30_000 });
      },
    );
    await step(
      () => approver.getByRole('button', { name: `Putuskan: ${title}` }).click(),
      visible(approver, 'button', 'Setujui'),
    );
    let approvedAt = 0;
    await step(
      async () => {
        approvedAt = Date.now();
        await approver.getByRole('button', { name: 'Setujui' }).click();
      },
      () => approver.getByText(/Pernyataan disetujui dengan nomor/).waitFor({ timeout: 30_000 }),
    );
    // Where the waiting went, step by step (the table has only the sum).
    console.log(`golden-hour ${size}: app waiting after step ${waits.join(', ')}`);
    await waitFor(() => smtp.received.length >= size, 120_000, `${size} messages`);
    const accepted = smtp.received.map((message) => message.receivedAt - approvedAt).sort((a, b) => a - b);
    return {
      interactions,
      waitingS: waitingMs / 1000,
      firstS: accepted[0]! / 1000,
      fiftiethS: accepted[Math.min(49, accepted.length - 1)]! / 1000,
      lastS: accepted[size - 1]! / 1000,
    };
  } finally {
    await drafterContext.close();
    await approverContext.close();
  }
}

async function signIn(page: Page, url: string, username: string): Promise<void> {
  await page.goto(url);
  await page.getByLabel(/^Nama pengguna/).fill(username);
  await page.getByLabel(/^Kata sandi/).fill(demoPassword);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.getByRole('heading', { name: 'Beranda', level: 2 }).waitFor();
}

/** The same number of messages through nodemailer's pool to the same server, nothing recorded. */
async function rawDelivery(smtp: TestSmtpServer, size: number) {
  const before = smtp.received.length;
  const start = Date.now();
  await rawPoolSend(smtp.port, size, {
    subject: 'Pernyataan awal',
    text: 'Kami turut prihatin atas banjir di Kecamatan Gamping.',
  });
  const accepted = smtp.received
    .slice(before)
    .map((message) => message.receivedAt - start)
    .sort((a, b) => a - b);
  return {
    firstS: accepted[0]! / 1000,
    fiftiethS: accepted[Math.min(49, accepted.length - 1)]! / 1000,
    lastS: accepted.at(-1)! / 1000,
  };
}
