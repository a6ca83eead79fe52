import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { appendFile, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { AnchorReport, AuditHead } from '../../../shared/ipc/audit';

type AnchorProblem = AnchorReport['problems'][number];
import { readAuditHead } from './auditChain';
import type { Database } from './schema';
import type { SecretStore } from '../security/secretStore';

/**
 * Anchors for the audit chain, outside the database.
 *
 * Why: the chain proves that nothing was edited *if the hashes are trusted*; whoever holds the
 * database file can change event 500 and recompute every later hash, and the chain verifies again.
 * So the desk writes checkpoints of the head into a file beside the store, each authenticated
 * with a key the database never holds (the OS secret store in the desktop app, the secrets folder
 * in browser mode and the CLI). `siaga verify` compares the chain with every anchor it can find —
 * these checkpoints and the heads written into backup manifests — so rewriting the chain from the
 * file alone is detected: the anchored events no longer have their anchored hashes, or are gone.
 */

export interface AuditAnchor {
  seq: number;
  hash: string;
  at: string;
  /** HMAC-SHA256 of the line's fields under the desk's anchor key. */
  mac: string;
}

/** Another place that recorded a head: a backup manifest. Not authenticated, but outside the file. */
export interface RecordedHead {
  seq: number;
  hash: string;
  source: string;
}

export const anchorFileName = 'audit-anchors.jsonl';

const macOf = (key: Buffer, seq: number, hash: string, at: string) =>
  createHmac('sha256', key).update(`siaga-audit-anchor\n${seq}\n${hash}\n${at}`).digest('hex');

/**
 * When the desk's store is replaced (a restore, joining another server), its anchors describe a
 * chain that is no longer the desk's: they are kept beside it under a dated name, not compared.
 */
export async function setAnchorsAside(dataDir: string, at: Date): Promise<void> {
  const file = join(dataDir, anchorFileName);
  const stamp = at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  await rename(file, join(dataDir, `audit-anchors-until-${stamp}.jsonl`)).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
}

/** The desk's anchor key; made on first use when `create`. */
export async function anchorKey(secrets: SecretStore, create: boolean): Promise<Buffer | null> {
  const stored = await secrets.read('auditAnchorKey');
  if (stored) return Buffer.from(stored, 'base64');
  if (!create) return null;
  const key = randomBytes(32);
  await secrets.write('auditAnchorKey', key.toString('base64'));
  return key;
}

/** Appends one checkpoint of `head` (a line of JSON, owner-only file). */
export async function appendAnchor(dataDir: string, key: Buffer, head: AuditHead, at: string): Promise<AuditAnchor> {
  const anchor = { seq: head.seq, hash: head.hash, at, mac: macOf(key, head.seq, head.hash, at) };
  await appendFile(join(dataDir, anchorFileName), `${JSON.stringify(anchor)}\n`, { mode: 0o600 });
  return anchor;
}

/** The checkpoints written so far, and the lines that could not be read as one. */
export async function readAnchors(dataDir: string): Promise<{ anchors: AuditAnchor[]; unreadable: number[] }> {
  let text: string;
  try {
    text = await readFile(join(dataDir, anchorFileName), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { anchors: [], unreadable: [] };
    throw error;
  }
  const anchors: AuditAnchor[] = [];
  const unreadable: number[] = [];
  text.split('\n').forEach((line, index) => {
    if (!line.trim()) return;
    try {
      const value = JSON.parse(line) as Partial<AuditAnchor>;
      if (
        typeof value.seq !== 'number' ||
        typeof value.hash !== 'string' ||
        typeof value.at !== 'string' ||
        typeof value.mac !== 'string'
      ) {
        throw new Error('not an anchor');
      }
      anchors.push(value as AuditAnchor);
    } catch {
      unreadable.push(index + 1);
    }
  });
  return { anchors, unreadable };
}

function authentic(key: Buffer, anchor: AuditAnchor): boolean {
  const expected = Buffer.from(macOf(key, anchor.seq, anchor.hash, anchor.at), 'hex');
  const given = Buffer.from(anchor.mac, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Everything a verify compares the chain with. */
export interface AnchorInput {
  anchors: AuditAnchor[];
  unreadable: number[];
  /** Null when this process cannot read the key (the desktop app keeps it in the OS store). */
  key: Buffer | null;
  recorded: RecordedHead[];
}

/**
 * The chain against every anchor: each anchored event must still be there with its anchored hash.
 * An anchor whose MAC fails is itself a finding (the anchors file was edited); without the key
 * (the desktop app holds it in the OS store) anchors are compared but not authenticated.
 */
export async function checkAnchors(db: Kysely<Database>, input: AnchorInput): Promise<AnchorReport> {
  const problems: AnchorProblem[] = input.unreadable.map((line) => ({
    kind: 'unreadable',
    seq: line,
    source: 'checkpoint',
    what: anchorFileName,
  }));
  const points: { seq: number; hash: string; source: AnchorProblem['source']; what: string }[] = [];
  for (const anchor of input.anchors) {
    if (input.key && !authentic(input.key, anchor)) {
      problems.push({ kind: 'notAuthentic', seq: anchor.seq, source: 'checkpoint', what: anchor.at });
      continue;
    }
    points.push({ seq: anchor.seq, hash: anchor.hash, source: 'checkpoint', what: anchor.at });
  }
  for (const head of input.recorded) points.push({ ...head, source: 'backup', what: head.source });
  const seqs = [...new Set(points.map((point) => point.seq))];
  const stored = new Map<number, string>();
  // In slices: an office's anchors run to thousands, and a query takes so many parameters.
  for (let index = 0; index < seqs.length; index += 500) {
    const rows = await db
      .selectFrom('audit_log')
      .select(['seq', 'hash'])
      .where('seq', 'in', seqs.slice(index, index + 500))
      .execute();
    for (const row of rows) stored.set(Number(row.seq), row.hash);
  }
  for (const point of points) {
    const hash = stored.get(point.seq);
    if (hash === undefined) problems.push({ kind: 'missing', seq: point.seq, source: point.source, what: point.what });
    else if (hash !== point.hash) {
      problems.push({ kind: 'rewritten', seq: point.seq, source: point.source, what: point.what });
    }
  }
  return {
    ok: problems.length === 0,
    checkpoints: input.anchors.length,
    backups: input.recorded.length,
    upToSeq: points.reduce((most, point) => Math.max(most, point.seq), 0),
    authenticated: input.key !== null,
    problems,
  };
}

/** The report in one line, for `siaga verify`. */
export function describeAnchors(report: AnchorReport): string {
  if (!report.ok) {
    const words = {
      unreadable: (p: AnchorProblem) => `line ${p.seq} of ${p.what} is not an anchor`,
      notAuthentic: (p: AnchorProblem) =>
        `the checkpoint of event ${p.seq} (${p.what}) is not authentic: the anchors file was changed`,
      missing: (p: AnchorProblem) => `event ${p.seq} (${describeSource(p)}) is missing`,
      rewritten: (p: AnchorProblem) => `event ${p.seq} differs from the ${describeSource(p)}: the chain was rewritten`,
    };
    return report.problems
      .slice(0, 5)
      .map((problem) => words[problem.kind](problem))
      .join('; ');
  }
  if (report.upToSeq === 0) return 'no anchors yet';
  const key = report.authenticated ? 'authenticated' : 'not authenticated here (the key is in the desktop app)';
  return `${report.checkpoints} checkpoints (${key}) and ${report.backups} backup heads agree, up to event ${report.upToSeq}`;
}

const describeSource = (problem: AnchorProblem) =>
  problem.source === 'backup' ? `backup ${problem.what}` : `anchor of ${problem.what}`;

/**
 * Writes a checkpoint when the head has moved since the last one: every `intervalMs` while the
 * core runs, and once more as it closes. The key is made on the first checkpoint.
 */
export function startAnchoring(options: {
  db: Kysely<Database>;
  dataDir: string;
  secrets: SecretStore;
  now: () => Date;
  logger: { error(message: string, error?: unknown): void };
  intervalMs?: number;
}) {
  let lastSeq: number | null = null;
  let running: Promise<void> = Promise.resolve();
  const anchorNow = () => {
    running = running.then(async () => {
      try {
        const head = await readAuditHead(options.db);
        if (head.seq === 0 || head.seq === lastSeq) return;
        const key = await anchorKey(options.secrets, true);
        if (!key) return;
        await appendAnchor(options.dataDir, key, head, options.now().toISOString());
        lastSeq = head.seq;
      } catch (error) {
        options.logger.error('audit anchor not written', error);
      }
    });
    return running;
  };
  const timer = setInterval(() => void anchorNow(), options.intervalMs ?? 60_000);
  timer.unref();
  return {
    anchorNow,
    async close() {
      clearInterval(timer);
      await anchorNow();
    },
  };
}
