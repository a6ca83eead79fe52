import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { AuditHead } from '../../../shared/ipc/audit';
import { dialectOf } from './dialect';
import type { Database } from './schema';
import type { AuditLogRow } from './schema/auditLog';

/** The office server's lock for "appending to the audit chain" (any fixed 64-bit number). */
const auditLockKey = 7_364_519_204;

/**
 * On the office server several desks write at once: the head is read and extended under a lock
 * held to the commit, so the chain grows in one order. (SQLite's single writer gives this for
 * free: nothing to do in the embedded file.)
 */
export async function lockAuditChain(trx: Transaction<Database>): Promise<void> {
  if (dialectOf(trx) === 'postgres') await sql`select pg_advisory_xact_lock(${auditLockKey})`.execute(trx);
}

/** The prev_hash of the first event. */
export const genesisHash = '0'.repeat(64);

/** What one state change records. `data` must be JSON: it is stored canonically (RFC 8785). */
export interface AuditEventInput {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  data?: Record<string, unknown>;
}

export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new Error('Value cannot be written as canonical JSON');
  return text;
}

type ChainedFields = Pick<AuditLogRow, 'seq' | 'at' | 'actor_id' | 'action' | 'entity_type' | 'entity_id' | 'data'>;

/**
 * hash = SHA-256 hex of prev_hash followed by the canonical JSON of the row's own fields (seq
 * included, so reordering breaks the chain as surely as editing does).
 */
export function auditHash(prevHash: string, row: ChainedFields): string {
  const canonicalRow = canonicalJson({
    seq: row.seq,
    at: row.at,
    actor_id: row.actor_id,
    action: row.action,
    entity_type: row.entity_type,
    entity_id: row.entity_id,
    data: row.data,
  });
  return createHash('sha256').update(prevHash).update(canonicalRow).digest('hex');
}

export async function readAuditHead(db: Kysely<Database>): Promise<AuditHead> {
  const last = await db
    .selectFrom('audit_log')
    .select(['seq', 'hash'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return last ?? { seq: 0, hash: genesisHash };
}

/**
 * Writes one audit event inside the caller's transaction, chained to the current head. Every
 * service calls this once per state change, in the same transaction as the change, so the
 * event exists exactly when the change does.
 */
export async function appendAudit(trx: Transaction<Database>, event: AuditEventInput, at: string): Promise<AuditHead> {
  await lockAuditChain(trx);
  const row = chainedRow(await readAuditHead(trx), event, at);
  await trx.insertInto('audit_log').values(row).execute();
  return { seq: row.seq, hash: row.hash };
}

/** The full audit_log row for an event that follows `head`. */
export function chainedRow(head: AuditHead, event: AuditEventInput, at: string): AuditLogRow {
  const row: ChainedFields = {
    seq: head.seq + 1,
    at,
    actor_id: event.actorId,
    action: event.action,
    entity_type: event.entityType,
    entity_id: event.entityId,
    data: canonicalJson(event.data ?? {}),
  };
  return { ...row, prev_hash: head.hash, hash: auditHash(head.hash, row) };
}

export interface ChainReport {
  ok: boolean;
  checked: number;
  head: AuditHead;
  /** The first seq whose row, link or position is wrong. */
  firstBadSeq?: number;
  problem?: string;
}

/**
 * Walks the whole chain in seq order. Catches an edited row (hash mismatch), a deleted or
 * reordered one (seq gap or broken link), and, given the head recorded earlier, a cut tail.
 */
export async function verifyAuditChain(db: Kysely<Database>, expectHead?: AuditHead): Promise<ChainReport> {
  let prevHash = genesisHash;
  let expectedSeq = 1;
  let checked = 0;
  const pageSize = 5000;
  let after = 0;
  for (;;) {
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(pageSize)
      .execute();
    for (const row of rows) {
      const fail = (problem: string): ChainReport => ({
        ok: false,
        checked,
        head: { seq: row.seq, hash: row.hash },
        firstBadSeq: row.seq === expectedSeq ? row.seq : Math.min(row.seq, expectedSeq),
        problem,
      });
      if (row.seq !== expectedSeq)
        return fail(`expected seq ${expectedSeq}, found ${row.seq} (a row is missing or out of order)`);
      if (row.prev_hash !== prevHash) return fail(`seq ${row.seq} does not link to the event before it`);
      if (auditHash(row.prev_hash, row) !== row.hash) return fail(`seq ${row.seq} was changed after it was written`);
      prevHash = row.hash;
      expectedSeq += 1;
      checked += 1;
    }
    if (rows.length < pageSize) break;
    after = rows[rows.length - 1]!.seq;
  }
  const head = { seq: expectedSeq - 1, hash: prevHash };
  if (expectHead) {
    if (head.seq < expectHead.seq) {
      return {
        ok: false,
        checked,
        head,
        firstBadSeq: head.seq + 1,
        problem: `the chain ends at seq ${head.seq} but ${expectHead.seq} was expected: events were cut from the end`,
      };
    }
    // The expected head must still be in the chain, unchanged.
    const atExpected = await db
      .selectFrom('audit_log')
      .select('hash')
      .where('seq', '=', expectHead.seq)
      .executeTakeFirst();
    if (expectHead.seq > 0 && atExpected?.hash !== expectHead.hash) {
      return {
        ok: false,
        checked,
        head,
        firstBadSeq: expectHead.seq,
        problem: `seq ${expectHead.seq} has a different hash than the recorded head`,
      };
    }
  }
  return { ok: true, checked, head };
}
