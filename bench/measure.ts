import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createTransport } from 'nodemailer';
import PDFDocument from 'pdfkit';
import { createCore } from '../src/main/core/core';
import { adminProfile, officeProfile } from '../test/coreHarness';

export interface BenchResult {
  metric: string;
  value: number;
  unit: string;
  /** The same work done the plainest way (raw better-sqlite3, an in-process call), this run. */
  baseline: number;
  baselineLabel: string;
  /** value / baseline: how much our layers cost over the plain way. */
  ratio: number;
  /** The goal the figure is held to, as printed, and whether this run met it. */
  goal?: string;
  met?: boolean;
}

/**
 * What a figure should be: at most a value (in its unit), at most a ratio to its baseline, or at
 * least a ratio (a throughput). Every bound given must hold.
 */
export interface Goal {
  max?: number;
  maxRatio?: number;
  minRatio?: number;
}

export function result(
  metric: string,
  value: number,
  unit: string,
  baseline: number,
  baselineLabel: string,
  goal?: Goal,
): BenchResult {
  const ratio = value / baseline;
  const figure: BenchResult = {
    metric,
    value: round(value),
    unit,
    baseline: round(baseline),
    baselineLabel,
    ratio: round(ratio),
  };
  if (!goal) return figure;
  const parts: string[] = [];
  let met = true;
  if (goal.max !== undefined) {
    parts.push(`≤ ${goal.max} ${unit}`);
    met &&= value <= goal.max;
  }
  if (goal.maxRatio !== undefined) {
    parts.push(`≤ ${goal.maxRatio}x`);
    met &&= ratio <= goal.maxRatio;
  }
  if (goal.minRatio !== undefined) {
    parts.push(`≥ ${goal.minRatio}x`);
    met &&= ratio >= goal.minRatio;
  }
  return { ...figure, goal: parts.join(' and '), met };
}

export function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** Median of several runs of an async job, in milliseconds (the first run warms up and is dropped). */
export async function medianMs(runs: number, job: () => unknown): Promise<number> {
  await job();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await job();
    times.push(performance.now() - start);
  }
  return percentile(times, 50);
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

/**
 * p50 and p95 of `ours` beside the same percentiles of `base` (the plain way), after 20 warm-up
 * calls: two rows of the table, the p95 with its goal if it has one.
 */
export async function latencyPair(
  label: string,
  runs: number,
  ours: () => Promise<unknown>,
  base: () => unknown,
  baseLabel: string,
  p95Goal?: Goal,
): Promise<BenchResult[]> {
  await latenciesUs(20, ours);
  const mine = await latenciesUs(runs, ours);
  const plain = await latenciesUs(runs, async () => base());
  return [
    result(`${label} p50`, percentile(mine, 50) / 1000, 'ms', percentile(plain, 50) / 1000, baseLabel),
    result(`${label} p95`, percentile(mine, 95) / 1000, 'ms', percentile(plain, 95) / 1000, baseLabel, p95Goal),
  ];
}

/** Times each of `count` sequential calls, in microseconds. */
export async function latenciesUs(count: number, call: () => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    await call();
    times.push((performance.now() - start) * 1000);
  }
  return times;
}

/** The plainest PDF of some text (pdfkit, a standard font, one `text()` call): the baseline for our documents. */
export function plainPdf(text: string, fontSize = 12): Promise<Buffer> {
  const pdf = new PDFDocument({ size: 'A4' });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => pdf.on('end', () => resolve(Buffer.concat(chunks))));
  pdf.font('Times-Roman').fontSize(fontSize).text(text);
  pdf.end();
  return done;
}

/**
 * A fresh store in a temporary folder with the office set up and its administrator signed in:
 * where every domain's benchmark starts. `remove()` deletes the folder (close the core first).
 */
export async function openBenchOffice(name: string) {
  const dataDir = mkdtempSync(join(tmpdir(), `siaga-bench-${name}-`));
  const core = await createCore({ dataDir, appVersion: 'bench', logger: { error: () => undefined } });
  const setup = await core.call('office.setup', { office: officeProfile, admin: adminProfile });
  if (!setup.ok) throw new Error(setup.error.message);
  const { sessionId, account } = setup.value as { sessionId: string; account: { id: string } };
  return {
    dataDir,
    core,
    sessionId,
    accountId: account.id,
    remove: () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

/**
 * The plain way to send: `count` messages through nodemailer's pool (5 connections) to a local
 * SMTP server, nothing recorded. The baseline of the outbox and golden-hour figures.
 */
export async function rawPoolSend(
  port: number,
  count: number,
  message: { subject: string; text: string; html?: string },
): Promise<void> {
  const transport = createTransport({
    host: '127.0.0.1',
    port,
    ignoreTLS: true,
    pool: true,
    maxConnections: 5,
    maxMessages: 100,
  });
  try {
    await Promise.all(
      Array.from({ length: count }, (_, index) =>
        transport.sendMail({ from: 'humas@slemankab.go.id', to: `raw-${index}@media.test`, ...message }),
      ),
    );
  } finally {
    transport.close();
  }
}
