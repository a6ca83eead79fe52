import type { Transaction } from 'kysely';
import type { Role } from '../../../shared/accounts/roles';
import type { StatementContent } from '../../../shared/ipc/statements';
import type { StatementStatus } from '../../../shared/statements/workflow';
import { isActiveAccount } from '../accounts/accountRepository';
import type { Database } from '../db/schema';
import type { StatementRow } from '../db/schema/statement';
import { conflict, notFound } from '../kernel/errors';
import { fieldError } from '../kernel/validationError';
import type { WriteScope } from '../kernel/writeScope';
import { findStatementRow } from './statementRepository';
import { lockForChange } from '../db/portableSql';

type Trx = Transaction<Database>;

/**
 * The statement a write changes, as it stood when the write began. Its change event goes out once
 * the write commits (and not at all if it fails).
 */
export async function statementToChange(w: WriteScope, id: string): Promise<StatementRow> {
  // Two desks deciding at once: the second waits and then sees the first one's decision.
  await lockForChange(w.trx, 'statement', id);
  const row = await findStatementRow(w.trx, id);
  if (!row) throw notFound('statement', id);
  w.emit('statements.changed', { statementId: id });
  return row;
}

export function statusIs(row: StatementRow, allowed: readonly StatementStatus[]): void {
  if (!allowed.includes(row.status)) {
    throw conflict('statementWrongStatus', `Statement is ${row.status}`, { status: row.status });
  }
}

/** Saves and decisions name the revision they were made on; an older one is refused, never overwritten. */
export async function mustBeCurrent(trx: Trx, row: StatementRow, revisionId: string): Promise<void> {
  if (row.current_revision_id === revisionId) return;
  const current = await trx
    .selectFrom('statement_revision')
    .innerJoin('account', 'account.id', 'statement_revision.author_id')
    .select(['account.full_name', 'statement_revision.created_at', 'statement_revision.revision_no'])
    .where('statement_revision.id', '=', row.current_revision_id)
    .executeTakeFirstOrThrow();
  throw conflict('staleRevision', 'The statement changed since this revision', {
    changedBy: current.full_name,
    changedAt: current.created_at,
    revisionNo: current.revision_no,
  });
}

/** Voids every decision that still stands on the statement (the text changed, a new round began). */
export async function voidStanding(trx: Trx, statementId: string, at: string, reason: string): Promise<number> {
  const result = await trx
    .updateTable('statement_approval')
    .set({ voided_at: at, void_reason: reason })
    .where('statement_id', '=', statementId)
    .where('voided_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Checks the references a content makes: people who exist and attachments that were uploaded. */
export async function checkReferences(trx: Trx, content: StatementContent): Promise<void> {
  const check = async (id: string | null, field: string, role?: Role) => {
    if (!id) return;
    if (!(await isActiveAccount(trx, id, role)))
      throw fieldError(['content', field], role ? 'not_spokesperson' : 'unknown_person');
  };
  await check(content.spokespersonId, 'spokespersonId', 'spokesperson');
  await check(content.mediaContactId, 'mediaContactId');
  for (const [index, attachment] of content.attachments.entries()) {
    const blob = await trx
      .selectFrom('attachment_blob')
      .select(['size', 'mime_type'])
      .where('sha256', '=', attachment.sha256)
      .executeTakeFirst();
    if (!blob || blob.size !== attachment.size || blob.mime_type !== attachment.mimeType) {
      throw fieldError(['content', 'attachments', index], 'attachment_missing');
    }
  }
}

/** The listed copy of a content's fields on the statement row. */
export function listedFields(content: StatementContent) {
  return {
    kind: content.kind,
    language: content.language,
    title: content.title,
    summary: content.summary,
    tags_json: JSON.stringify(content.tags),
    embargo_at: content.embargoUntil?.at ?? null,
    embargo_zone: content.embargoUntil?.zone ?? null,
  };
}
