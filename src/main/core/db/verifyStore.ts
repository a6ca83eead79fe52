import type { AuditHead } from '../../../shared/ipc/audit';
import { verifyAuditChain } from './auditChain';
import { openConnection } from './connection';
import { checkIntegrity } from './integrity';
import { migrations } from './migrations';
import { migrationState, readAppliedMigrations } from './migrator';

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

    const { applied, unknown, pending, isPrefix } = migrationState(
      await readAppliedMigrations(connection.db),
      migrations,
    );
    let detail = `schema ${applied.length} of ${migrations.length}`;
    if (unknown.length > 0) detail = `written by a newer Siaga: unknown migrations ${unknown.join(', ')}`;
    else if (!isPrefix) detail = `applied migrations are not a prefix of this build's list: ${applied.join(', ')}`;
    else
      detail +=
        pending.length > 0 ? ` (pending, applied when the app opens it: ${pending.join(', ')})` : ' (up to date)';
    checks.push({ name: 'migrations', ok: isPrefix, detail });

    const tables = await connection.db.introspection.getTables();
    let auditHead: AuditHead | undefined;
    if (tables.some((table) => table.name === 'audit_log')) {
      const chain = await verifyAuditChain(connection.db, options.expectHead);
      checks.push({
        name: 'audit_chain',
        ok: chain.ok,
        detail: chain.ok
          ? `${chain.checked} events, head ${chain.head.seq}:${chain.head.hash}`
          : `first bad seq ${chain.firstBadSeq ?? '?'}: ${chain.problem ?? ''}`,
      });
      if (chain.ok) auditHead = chain.head;
    }
    return { file, ok: checks.every((check) => check.ok), checks, ...(auditHead ? { auditHead } : {}) };
  } finally {
    await connection.close();
  }
}

export function formatStoreReport(report: StoreReport): string {
  const lines = [`Siaga store: ${report.file}`];
  for (const check of report.checks) lines.push(`  ${check.ok ? 'OK     ' : 'PROBLEM'} ${check.name}: ${check.detail}`);
  lines.push(report.ok ? 'Result: OK' : 'Result: PROBLEMS FOUND');
  return lines.join('\n');
}
