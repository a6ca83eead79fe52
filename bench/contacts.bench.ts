import { embeddedSqlite } from '../src/main/core/db/store';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import BetterSqlite3 from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { chainedRow } from '../src/main/core/db/auditChain';
import type { AuditHead } from '../src/shared/ipc/audit';
import { newId } from '../src/main/core/kernel/ids';
import { chromium, type Page, type Response } from '@playwright/test';
import { demoContactsCsv } from '../src/main/demo/seedContacts';
import { adminProfile } from '../test/coreHarness';
import { latencyPair, latenciesUs, openBenchOffice, percentile, result, type BenchResult, type Goal } from './measure';

const contactCount = 100_000;
const webEntry = join(__dirname, '..', 'out', 'main', 'web.js');
const debianChromium = '/usr/bin/chromium';

/**
 * The floor an import can reach: the same rows (contact, outlet link, e-mail, phone, beats,
 * region, full-text entry, one audit event) written into a fresh Siaga store — its schema, its
 * indexes, its pragmas — by raw prepared statements in one transaction, from csv-parse's rows,
 * with no checking, no duplicate detection and no report. The import's goal is a small multiple
 * of this, not of a bare one-table insert.
 */
async function minimalPipelineSeconds(csv: string): Promise<number> {
  const office = await openBenchOffice('floor');
  await office.core.close();
  try {
    const start = performance.now();
    const sqlite = new BetterSqlite3(join(office.dataDir, 'siaga.sqlite'));
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    const rows = parse(csv, { from_line: 2 }) as string[][];
    const at = new Date().toISOString();
    const insertOutlet = sqlite.prepare(
      `insert into outlet (id, name, type, media_group, region_code, website, phone, email, notes, created_at, updated_at)
       values (?, ?, 'online', '', null, '', '', '', '', ?, ?)`,
    );
    const insertContact = sqlite.prepare(
      `insert into contact (id, full_name, language, accreditation_number, accreditation_expiry, preferred_channel, notes,
         active, do_not_contact, last_contacted_at, lawful_basis, data_source, collected_on, consent_record, retain_until,
         created_at, updated_at)
       values (?, ?, 'id', '', null, 'email', '', 1, 0, null, 'public_task', 'bench', '2026-11-28', '', ?, ?, ?)`,
    );
    const insertLink = sqlite.prepare(
      'insert into contact_outlet (contact_id, outlet_id, position, is_primary) values (?, ?, ?, 1)',
    );
    const insertEmail = sqlite.prepare(
      'insert into contact_email (contact_id, address, is_primary, position) values (?, ?, 1, 0)',
    );
    const insertPhone = sqlite.prepare(
      "insert into contact_phone (contact_id, e164, whatsapp, label, is_primary, position) values (?, ?, 1, '', 1, 0)",
    );
    const insertBeat = sqlite.prepare('insert into contact_beat (contact_id, beat) values (?, ?)');
    const insertRegion = sqlite.prepare('insert into contact_region (contact_id, region_code) values (?, ?)');
    const insertFts = sqlite.prepare(
      "insert into contact_fts (contact_id, name, outlets, emails, phones, beats, notes) values (?, ?, ?, ?, ?, ?, '')",
    );
    const outlets = new Map<string, string>();
    sqlite.transaction(() => {
      for (const [
        name = '',
        outlet = '',
        position = '',
        email = '',
        ,
        whatsapp = '',
        beats = '',
        region = '',
        ,
        retain = '',
      ] of rows) {
        const id = newId();
        let outletId = outlets.get(outlet);
        if (!outletId) {
          outletId = newId();
          insertOutlet.run(outletId, outlet, at, at);
          outlets.set(outlet, outletId);
        }
        insertContact.run(id, name, retain || null, at, at);
        insertLink.run(id, outletId, position);
        if (email) insertEmail.run(id, email);
        if (whatsapp) insertPhone.run(id, whatsapp);
        const beatList = beats
          .split(';')
          .map((beat) => beat.trim())
          .filter(Boolean);
        for (const beat of beatList) insertBeat.run(id, beat);
        if (region) insertRegion.run(id, region);
        insertFts.run(id, name, outlet, email, whatsapp, beatList.join(' '));
      }
      const head = sqlite.prepare('select seq, hash from audit_log order by seq desc limit 1').get() as AuditHead;
      const event = chainedRow(
        head,
        {
          actorId: null,
          action: 'contacts.imported',
          entityType: 'import',
          entityId: newId(),
          data: { created: rows.length },
        },
        at,
      );
      sqlite
        .prepare(
          `insert into audit_log (seq, at, actor_id, action, entity_type, entity_id, data, prev_hash, hash)
         values (@seq, @at, @actor_id, @action, @entity_type, @entity_id, @data, @prev_hash, @hash)`,
        )
        .run(event);
    })();
    sqlite.close();
    return (performance.now() - start) / 1000;
  } finally {
    office.remove();
  }
}

/**
 * The import as a person runs it in the wizard, in a fresh office: the file opened, the check
 * (a dry run, whose report they review) and then the import, each timed as they wait for it.
 */
async function wizardImport(csv: string): Promise<{ checkSeconds: number; importSeconds: number }> {
  const office = await openBenchOffice('wizard');
  try {
    const call = async (channel: string, input: unknown) => {
      const answer = await office.core.call(channel, input, { clientId: 'bench', sessionId: office.sessionId });
      if (!answer.ok) throw new Error(`${channel}: ${answer.error.message}`);
      return answer.value as never;
    };
    const opened: { importId: string; mapping: unknown[] } = await call('contacts.importOpen', {
      fileName: 'kontak-100k.csv',
      dataBase64: Buffer.from(csv, 'utf8').toString('base64'),
    });
    const choices = {
      importId: opened.importId,
      mapping: opened.mapping,
      duplicateAction: 'merge',
      defaults: { lawfulBasis: 'public_task', dataSource: 'bench', collectedOn: '2026-11-28', outletType: 'online' },
    };
    const checkStart = performance.now();
    await call('contacts.importRun', { ...choices, dryRun: true });
    const checkSeconds = (performance.now() - checkStart) / 1000;
    const importStart = performance.now();
    await call('contacts.importRun', { ...choices, dryRun: false });
    return { checkSeconds, importSeconds: (performance.now() - importStart) / 1000 };
  } finally {
    await office.core.close();
    office.remove();
  }
}

/** V8's collector, asked for by name: `--expose-gc` is not needed to reach it. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

/**
 * Contacts at 100,000: the import through the core (file → checks → duplicate detection → one
 * transaction with index and audit), search and list latency, and — in Chromium against browser
 * mode — the table's first render and its longest task while scrolling.
 */
export async function benchContacts(): Promise<BenchResult[]> {
  const office = await openBenchOffice('ct');
  const { core, sessionId } = office;
  const out: BenchResult[] = [];
  try {
    const call = async (channel: string, input: unknown) => {
      const answer = await core.call(channel, input, { clientId: 'bench', sessionId });
      if (!answer.ok) throw new Error(`${channel}: ${answer.error.message}`);
      return answer.value as never;
    };

    const csv = demoContactsCsv(contactCount);
    // Another person's call while the import runs, beside the same call on an idle desk.
    const otherCall = () => call('accounts.me', {});
    await latenciesUs(20, otherCall);
    const idle = await latenciesUs(100, otherCall);
    let importing = true;
    const during: number[] = [];
    const sampler = (async () => {
      while (importing) {
        const began = performance.now();
        await otherCall();
        during.push((performance.now() - began) * 1000);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    collectGarbage();
    const heapBefore = process.memoryUsage().heapUsed;
    let heapPeak = heapBefore;
    const heapSampler = setInterval(() => {
      heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
    }, 10);
    const start = performance.now();
    const opened: { importId: string; mapping: unknown[] } = await call('contacts.importOpen', {
      fileName: 'kontak-100k.csv',
      dataBase64: Buffer.from(csv, 'utf8').toString('base64'),
    });
    const report: { totals: { created: number; merged: number } } = await call('contacts.importRun', {
      importId: opened.importId,
      mapping: opened.mapping,
      dryRun: false,
      duplicateAction: 'merge',
      defaults: { lawfulBasis: 'public_task', dataSource: 'bench', collectedOn: '2026-11-28', outletType: 'online' },
    });
    const importSeconds = (performance.now() - start) / 1000;
    importing = false;
    await sampler;
    clearInterval(heapSampler);
    collectGarbage();
    const heapKeptMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
    const heapPeakMb = (heapPeak - heapBefore) / 1024 / 1024;
    const floor = await minimalPipelineSeconds(csv);
    out.push(
      result(
        `contacts import of ${contactCount} CSV rows in one go, as the command line does (${report.totals.created} created, ${report.totals.merged} merged)`,
        importSeconds,
        's',
        floor,
        'the same rows by raw prepared statements, no checks',
        { maxRatio: 4 },
      ),
    );
    const wizard = await wizardImport(csv);
    out.push(
      result(
        'the same in the import wizard: its check step (dry run, with the report)',
        wizard.checkSeconds,
        's',
        floor,
        'the same rows by raw prepared statements, no checks',
      ),
      result(
        'the same in the import wizard: its import step, after the check',
        wizard.importSeconds,
        's',
        floor,
        'the same rows by raw prepared statements, no checks',
        { max: 8, maxRatio: 4 },
      ),
    );
    const csvMb = csv.length / 1024 / 1024;
    out.push(
      result('heap kept after the import (report on disk)', heapKeptMb, 'MB', csvMb, 'size of the CSV text', {
        max: 64,
      }),
    );
    out.push(result('heap peak during the import', heapPeakMb, 'MB', csvMb, 'size of the CSV text'));
    const idleP95 = percentile(idle, 95) / 1000;
    out.push(
      result(
        'another call during the import, p95',
        percentile(during, 95) / 1000,
        'ms',
        idleP95,
        'the call, idle, p95',
      ),
    );
    out.push(
      result('another call during the import, max', Math.max(...during) / 1000, 'ms', idleP95, 'the call, idle, p95'),
    );

    const sqlite = embeddedSqlite(core.store);
    const runs = 100;
    const timed = async (
      label: string,
      ours: () => Promise<unknown>,
      base: () => unknown,
      baseLabel: string,
      p95Goal?: Goal,
    ) => {
      out.push(...(await latencyPair(label, runs, ours, base, baseLabel, p95Goal)));
    };
    const rawSearch = sqlite.prepare(
      `select c.id, c.full_name from contact c join (select contact_id, bm25(contact_fts) r from contact_fts
         where contact_fts match ?) f on f.contact_id = c.id order by f.r limit 100`,
    );
    const rawPage = sqlite.prepare(
      'select id, full_name from contact where active = 1 order by full_name, id limit 100 offset ?',
    );
    await timed(
      `contacts search "santoso kompas" over ${contactCount}`,
      () => call('contacts.list', { query: 'santoso kompas', sort: 'relevance' }),
      () => rawSearch.all('"santoso"* "kompas"*'),
      'raw FTS5 match + join',
    );
    await timed(
      `contacts search prefix "ban" over ${contactCount}`,
      () => call('contacts.list', { query: 'ban' }),
      () => rawSearch.all('"ban"*'),
      'raw FTS5 match + join',
    );
    await timed(
      `contacts list page (first 100 of ${contactCount})`,
      () => call('contacts.list', { limit: 100 }),
      () => rawPage.all(0),
      'raw select of the page',
      { max: 3 },
    );
    await timed(
      'contacts list page at offset 50,000',
      () => call('contacts.list', { limit: 100, offset: 50_000 }),
      () => rawPage.all(50_000),
      'raw select of the page',
    );
    await timed(
      'segment "health beat in Jawa Barat", first page',
      () => call('contacts.list', { beats: ['health'], regions: ['32'], limit: 100 }),
      () => rawPage.all(0),
      'raw select of a page (no filter)',
      { max: 15 },
    );
    // A thousand-member list, the baseline for the browser figures below.
    const firstThousand: { items: { id: string }[] } = await call('contacts.list', { limit: 1000 });
    const list: { id: string } = await call('contacts.saveList', { name: 'Seribu', kind: 'static', description: '' });
    await call('contacts.addToList', { listId: list.id, contactIds: firstThousand.items.map((item) => item.id) });
    await core.close();

    out.push(...(await browserFigures(office.dataDir, list.id)));
    return out;
  } finally {
    office.remove();
  }
}

/** First render and the longest task while scrolling, in Chromium, at 100,000 rows and at 1,000. */
async function browserFigures(dataDir: string, thousandListId: string): Promise<BenchResult[]> {
  if (!existsSync(webEntry)) {
    console.log('Chromium figures skipped: run `npm run build` first.');
    return [];
  }
  const server = spawn(process.execPath, [webEntry, '--data-dir', dataDir, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let text = '';
      const timer = setTimeout(() => reject(new Error('browser mode did not start')), 30_000);
      server.stdout.on('data', (chunk: Buffer) => {
        text += chunk.toString();
        const match = /^Siaga web: (http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)$/m.exec(text);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
    });
    const browser = await chromium.launch({
      ...(existsSync(debianChromium) ? { executablePath: debianChromium } : {}),
      args: ['--no-sandbox', '--disable-gpu'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'id-ID' });
      const shell = await shellInteractive(page, url);
      await page.getByLabel(/^Nama pengguna/).fill(adminProfile.username);
      await page.getByLabel(/^Kata sandi/).fill(adminProfile.password);
      await page.getByRole('button', { name: 'Masuk' }).click();
      await page.getByRole('navigation', { name: 'Navigasi utama' }).waitFor();
      let full: Awaited<ReturnType<typeof measureTable>>;
      let small: Awaited<ReturnType<typeof measureTable>>;
      let plainPageMs: number;
      try {
        plainPageMs = await measurePlainPage(page);
        full = await measureTable(page, '#/contacts');
        small = await measureTable(page, `#/contacts?list=${thousandListId}`);
      } catch (error) {
        await page.screenshot({ path: join(tmpdir(), 'siaga-bench-contacts.png') });
        console.log(`Chromium figures failed (screenshot in ${tmpdir()}/siaga-bench-contacts.png):`, error);
        return [];
      }
      const initialScriptKb = await initialScriptSize(page, url);
      return [
        result(
          'Chromium: app shell interactive (sign-in form usable)',
          shell.interactiveMs,
          'ms',
          shell.documentMs,
          'the same page until its HTML arrived',
          { maxRatio: 3 },
        ),
        result(
          'Chromium: JavaScript loaded before the sign-in form',
          initialScriptKb,
          'KB',
          totalScriptKb(),
          "all the renderer's JavaScript",
          { max: 1024 },
        ),
        result(
          `Chromium: first render of the contacts table at ${contactCount} rows`,
          full.firstRenderMs,
          'ms',
          plainPageMs,
          'the tasks page, no table',
          { max: 300 },
        ),
        result(
          'Chromium: the table filtered to a 1,000-member list',
          small.firstRenderMs,
          'ms',
          plainPageMs,
          'the tasks page, no table',
          { max: 300 },
        ),
        result(
          'Chromium: longest task while scrolling the table',
          full.longestTaskMs,
          'ms',
          small.longestTaskMs,
          'same, 1,000-member list',
          { max: 50 },
        ),
      ];
    } finally {
      await browser.close();
    }
  } finally {
    server.kill('SIGTERM');
  }
}

/**
 * From navigation to a sign-in form a person can type into (scripts loaded, the core asked for
 * the office, React rendered), against the moment the page's HTML arrived.
 */
async function shellInteractive(page: Page, url: string): Promise<{ interactiveMs: number; documentMs: number }> {
  const start = performance.now();
  await page.goto(url, { waitUntil: 'commit' });
  const documentMs = performance.now() - start;
  await page.getByRole('button', { name: 'Masuk' }).waitFor();
  await page.getByLabel(/^Nama pengguna/).waitFor();
  return { interactiveMs: performance.now() - start, documentMs };
}

/** The tasks page (a plain list, no table) from another page: the baseline of the table's render. */
async function measurePlainPage(page: Page): Promise<number> {
  await page.evaluate(() => {
    window.location.hash = '#/settings';
  });
  await page.getByRole('heading', { level: 2 }).first().waitFor();
  const start = performance.now();
  await page.evaluate(() => {
    window.location.hash = '#/tasks';
  });
  await page.getByRole('heading', { name: 'Tugas Saya' }).waitFor();
  return performance.now() - start;
}

/**
 * The JavaScript a fresh page loads before the sign-in form is usable (transfer sizes, as the
 * browser fetched them), in KB: what a desk parses before anyone can type.
 */
async function initialScriptSize(page: Page, url: string): Promise<number> {
  // A context of its own: nothing cached from the pages measured before.
  const context = await page.context().browser()!.newContext({ locale: 'id-ID' });
  const fresh = await context.newPage();
  try {
    const scripts: Promise<number>[] = [];
    const collect = (response: Response) => {
      if (response.request().resourceType() !== 'script') return;
      scripts.push(
        response.body().then(
          (body) => body.length,
          () => 0,
        ),
      );
    };
    fresh.on('response', collect);
    await fresh.goto(url);
    await fresh.getByLabel(/^Nama pengguna/).waitFor();
    // What arrived before the form was usable; the signed-in app's code that the sign-in screen
    // then fetches in the background does not count.
    fresh.off('response', collect);
    const sizes = await Promise.all(scripts);
    return sizes.reduce((sum, size) => sum + size, 0) / 1024;
  } finally {
    await context.close();
  }
}

/** Every JavaScript file of the built renderer, in KB (what an unsplit bundle would load at once). */
function totalScriptKb(): number {
  const assets = join(__dirname, '..', 'out', 'renderer', 'assets');
  if (!existsSync(assets)) return Number.NaN;
  return (
    readdirSync(assets)
      .filter((name) => name.endsWith('.js'))
      .reduce((sum, name) => sum + statSync(join(assets, name)).size, 0) / 1024
  );
}

async function measureTable(page: Page, hash: string): Promise<{ firstRenderMs: number; longestTaskMs: number }> {
  await page.evaluate(() => {
    window.location.hash = '#/tasks';
  });
  await page.getByRole('heading', { level: 2 }).first().waitFor();
  const start = performance.now();
  await page.evaluate((target) => {
    window.location.hash = target;
  }, hash);
  await page.locator('[role="row"][aria-rowindex="2"] a').waitFor();
  const firstRenderMs = performance.now() - start;
  // Long tasks (> 50 ms) while the table scrolls from top to bottom in steps, as a wheel would.
  const longestTaskMs = await page.evaluate(async () => {
    const durations: number[] = [0];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) durations.push(entry.duration);
    });
    observer.observe({ type: 'longtask', buffered: false });
    const scroller = document.querySelector<HTMLElement>('[data-testid="contact-scroller"]');
    if (!scroller) return -1;
    const step = scroller.scrollHeight / 60;
    for (let index = 1; index <= 60; index += 1) {
      scroller.scrollTop = step * index;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    observer.disconnect();
    return Math.max(...durations);
  });
  return { firstRenderMs, longestTaskMs };
}
