import type { StatementRow } from '../db/schema/statement';
import type { SessionActor } from '../kernel/context';
import type { WriteScope } from '../kernel/writeScope';
import type { StatementHooks } from './statementHooks';
import { statementToChange } from './statementRules';
import { conflict } from '../kernel/errors';
import { lockForChange } from '../db/portableSql';
import { findStatementRow } from './statementRepository';

/** A person marks an approved statement released (it went out by a way Siaga does not send). */
export async function releaseStatement(w: WriteScope<SessionActor>, id: string, hooks: StatementHooks): Promise<void> {
  const row = await statementToChange(w, id);
  await markReleased(w, row, { byAccountId: w.actor.accountId, at: w.at }, {}, hooks);
}

/**
 * Distribution marks the statement released within its own write when a job first reaches people
 * (at the instant the first message was accepted); a statement released already (an earlier job)
 * is left as it is. Returns whether this call released it.
 */
export async function releaseIfApproved(
  w: WriteScope,
  id: string,
  release: { byAccountId: string; at: string; distributionId: string },
  hooks: StatementHooks,
): Promise<boolean> {
  await lockForChange(w.trx, 'statement', id);
  const row = await findStatementRow(w.trx, id);
  if (!row || row.status !== 'approved') return false;
  w.emit('statements.changed', { statementId: id });
  await markReleased(w, row, release, { distributionId: release.distributionId }, hooks);
  return true;
}

/**
 * Marks an approved statement released. A released correction marks the statement it corrects as
 * corrected or retracted; the release hooks run in the same write.
 */
async function markReleased(
  w: WriteScope,
  row: StatementRow,
  release: { byAccountId: string; at: string },
  extra: Record<string, unknown>,
  hooks: StatementHooks,
): Promise<void> {
  const { trx } = w;
  const { at, byAccountId } = release;
  if (row.status !== 'approved')
    throw conflict('notApproved', 'Only an approved statement can be released', { status: row.status });
  await trx
    .updateTable('statement')
    .set({ status: 'released', released_at: at, updated_at: at })
    .where('id', '=', row.id)
    .execute();
  await trx.deleteFrom('statement_lock').where('statement_id', '=', row.id).execute();
  await w.audit(
    'statement.released',
    'statement',
    row.id,
    { number: row.number, revisionNo: row.revision_no, ...extra },
    byAccountId,
  );
  if (row.corrects_id) {
    const status = row.correction_mode === 'retraction' ? 'retracted' : 'corrected';
    await trx.updateTable('statement').set({ status, updated_at: at }).where('id', '=', row.corrects_id).execute();
    await w.audit(`statement.${status}`, 'statement', row.corrects_id, { by: row.id, number: row.number }, byAccountId);
    w.emit('statements.changed', { statementId: row.corrects_id });
  }
  for (const hook of hooks.released) await hook(w, { statementId: row.id, byAccountId, at });
}
