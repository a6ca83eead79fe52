import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { AuditHead } from '../../../shared/ipc/audit';
import { verifyAuditChain } from './auditChain';
import { checkAnchors, describeAnchors, type AnchorInput } from './auditAnchors';
import { openConnection } from './connection';
import { checkIntegrity } from './integrity';
import { migrations } from './migrations';
import { migrationState, readAppliedMigrations } from './migrator';
import type { Database } from './schema';
import { openServerConnection } from './serverConnection';
import { describeServer } from './store';

export interface StoreCheck {
  name: string;
  ok: boolean;
  /** One line a person can read; for a failed check, what is wrong and where. */
  detail: string;
}

export interface StoreReport {
  file: string;
  ok: boolean;
  checks: StoreCheck[];
  /** The last audit event the store holds, when its chain could be read. */
  auditHead?: AuditHead;
}

/**
 * The checks `siaga verify` runs on a store without changing it. Each domain with its own
 * invariants (the audit chain, for one) adds a check here.
 */
export interface VerifyOptions {
  /** The audit head recorded earlier (a report, a backup manifest): proves nothing was cut from the end. */
  expectHead?: AuditHead;
  /** The anchors found outside the database (checkpoints, backup manifests): see audit/auditAnchors.ts. */
  anchors?: AnchorInput;
}

export async function verifyStore(file: string, options: VerifyOptions = {}): Promise<StoreReport> {
  const connection = openConnection(file, { readonly: true, mustExist: true });
  try {
    const checks: StoreCheck[] = [];
    const integrity = checkIntegrity(connection.sqlite);
    checks.push({
      name: 'integrity_check',
      ok: integrity.integrity.length === 1 && integrity.integrity[0] === 'ok',
      detail: integrity.integrity.slice(0, 20).join('; '),
    });
    checks.push({
      name: 'foreign_key_check',
      ok: integrity.foreignKeyViolations.length === 0,
      detail:
        integrity.foreignKeyViolations.length === 0
          ? 'no violations'
          : integrity.foreignKeyViolations
              .slice(0, 20)
              .map((v) => `${v.table} row ${v.rowid ?? '?'} -> ${v.parent}`)
              .join('; '),
    });

    const { checks: shared, auditHead } = await schemaAndTrailChecks(connection.db, options);
    checks.push(...shared);
    return { file, ok: checks.every((check) => check.ok), checks, ...(auditHead ? { auditHead } : {}) };
  } finally {
    await connection.close();
  }
}

/** The checks both engines share: the schema version and the audit chain. */
async function schemaAndTrailChecks(
  db: Kysely<Database>,
  options: VerifyOptions,
): Promise<{ checks: StoreCheck[]; auditHead?: AuditHead }> {
  const checks: StoreCheck[] = [];
  const { applied, unknown, pending, isPrefix } = migrationState(await readAppliedMigrations(db), migrations);
  let detail = `schema ${applied.length} of ${migrations.length}`;
  if (unknown.length > 0) detail = `written by a newer Siaga: unknown migrations ${unknown.join(', ')}`;
  else if (!isPrefix) detail = `applied migrations are not a prefix of this build's list: ${applied.join(', ')}`;
  else
    detail += pending.length > 0 ? ` (pending, applied when the app opens it: ${pending.join(', ')})` : ' (up to date)';
  checks.push({ name: 'migrations', ok: isPrefix, detail });

  const tables = await db.introspection.getTables();
  let auditHead: AuditHead | undefined;
  if (tables.some((table) => table.name === 'audit_log')) {
    const chain = await verifyAuditChain(db, options.expectHead);
    checks.push({
      name: 'audit_chain',
      ok: chain.ok,
      detail: chain.ok
        ? `${chain.checked} events, head ${chain.head.seq}:${chain.head.hash}`
        : `first bad seq ${chain.firstBadSeq ?? '?'}: ${chain.problem ?? ''}`,
    });
    if (chain.ok) auditHead = chain.head;
    if (options.anchors) {
      const report = await checkAnchors(db, options.anchors);
      checks.push({ name: 'audit_anchors', ok: report.ok, detail: describeAnchors(report) });
    }
  }
  return { checks, ...(auditHead ? { auditHead } : {}) };
}

/**
 * `siaga verify --database-url`: the office server's store, read only. PostgreSQL checks its own
 * pages and enforces foreign keys as rows are written, so what is checked here is what could have
 * been switched off or changed around it: every foreign key still validated, the append-only and
 * four-eyes triggers still enabled, the schema version, the audit chain, and attachments that still
 * hash to their key.
 */
export async function verifyServerStore(url: string, options: VerifyOptions = {}): Promise<StoreReport> {
  const connection = openServerConnection(url, { maxConnections: 1 });
  const { db } = connection;
  try {
    const checks: StoreCheck[] = [];
    const unvalidated = await sql<{ name: string }>`
      select conrelid::regclass::text || '.' || conname as name from pg_constraint
      where contype = 'f' and not convalidated and connamespace = current_schema()::regnamespace`.execute(db);
    checks.push({
      name: 'foreign_keys',
      ok: unvalidated.rows.length === 0,
      detail:
        unvalidated.rows.length === 0
          ? 'every foreign key validated'
          : `not validated: ${unvalidated.rows.map((row) => row.name).join(', ')}`,
    });
    const guards = await sql<{ name: string; enabled: string }>`
      select tgname as name, tgenabled as enabled from pg_trigger
      where tgname = any(${serverGuards}) and not tgisinternal`.execute(db);
    const off = serverGuards.filter((name) => !guards.rows.some((row) => row.name === name && row.enabled !== 'D'));
    checks.push({
      name: 'guards',
      ok: off.length === 0,
      detail:
        off.length === 0
          ? `${serverGuards.length} append-only and four-eyes triggers enabled`
          : `missing or disabled: ${off.join(', ')}`,
    });
    const { checks: shared, auditHead } = await schemaAndTrailChecks(db, options);
    checks.push(...shared);
    const damaged: string[] = [];
    for (const blob of await db.selectFrom('attachment_blob').select(['sha256', 'data']).execute()) {
      if (
        createHash('sha256')
          .update(blob.data as Uint8Array)
          .digest('hex') !== blob.sha256
      )
        damaged.push(blob.sha256);
    }
    checks.push({
      name: 'attachments',
      ok: damaged.length === 0,
      detail:
        damaged.length === 0 ? 'every attachment matches its SHA-256' : `changed: ${damaged.slice(0, 5).join(', ')}`,
    });
    return {
      file: describeServer(url),
      ok: checks.every((check) => check.ok),
      checks,
      ...(auditHead ? { auditHead } : {}),
    };
  } finally {
    await connection.close();
  }
}

/** The triggers that keep the trail and the decisions as they were written (migrations 0002, 0003). */
const serverGuards = [
  'audit_log_no_update',
  'audit_log_no_delete',
  'statement_revision_no_update',
  'statement_revision_no_delete',
  'statement_approval_four_eyes',
  'statement_approval_exact_revision',
  'statement_approval_void_only',
  'statement_approval_no_delete',
];

export function formatStoreReport(report: StoreReport): string {
  const lines = [`Siaga store: ${report.file}`];
  for (const check of report.checks) lines.push(`  ${check.ok ? 'OK     ' : 'PROBLEM'} ${check.name}: ${check.detail}`);
  lines.push(report.ok ? 'Result: OK' : 'Result: PROBLEMS FOUND');
  return lines.join('\n');
}
