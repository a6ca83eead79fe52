import type { Transaction } from 'kysely';
import type { Language } from '../../../shared/ipc/preferences';
import type { EditLock, StatementComment, StatementContent } from '../../../shared/ipc/statements';
import { outputLabels } from '../../../shared/statements/outputs/outputLabels';
import { editableStatuses, type CorrectionMode, type StatementKind } from '../../../shared/statements/workflow';
import { requireOpenCrisis } from '../crises/crisisQueries';
import type { Database } from '../db/schema';
import type { StatementHooks } from './statementHooks';
import type { SessionActor } from '../kernel/context';
import { conflict, notFound } from '../kernel/errors';
import { newId } from '../kernel/ids';
import type { WriteScope } from '../kernel/writeScope';
import { indexStatement } from '../search/statementSearch';
import { canonicalContent } from './contentHash';
import { lockIsFresh } from './lockRules';
import { startingContent } from './startingContent';
import { currentRevision, findStatementRow, peopleById } from './statementRepository';
import { lockForChange } from '../db/portableSql';
import {
  checkReferences,
  listedFields,
  mustBeCurrent,
  statementToChange,
  statusIs,
  voidStanding,
} from './statementRules';

/*
 * Drafting: a statement's text from its first draft through its revisions, the edit lock and the
 * caller's unsaved typing, comments, and corrections of what was released.
 */

type Trx = Transaction<Database>;

/** A new draft from a template (or blank); written for a crisis, it starts from the crisis's facts. */
export async function createStatement(
  w: WriteScope<SessionActor>,
  input: { kind: StatementKind; language: Language; templateId: string | null; crisisId?: string | null },
  hooks: StatementHooks,
): Promise<string> {
  if (input.crisisId) await requireOpenCrisis(w.trx, input.crisisId);
  const content = await startingContent(w.trx, input, w.actor, w.now);
  const statementId = await insertStatement(w, content, null);
  if (input.crisisId) {
    await joinCrisis(w, statementId, input.crisisId, hooks);
    w.emit('crises.changed', { crisisId: input.crisisId });
  }
  return statementId;
}

/**
 * A new draft with the given content, within the caller's write: another domain drafting a
 * statement from its own record (a hoax clarification).
 */
export async function draftStatement(w: WriteScope<SessionActor>, content: StatementContent): Promise<string> {
  await checkReferences(w.trx, content);
  return insertStatement(w, content, null);
}

/** A new revision of the text; any change after review began voids what was decided on the old text. */
export async function saveStatement(
  w: WriteScope<SessionActor>,
  input: { id: string; baseRevisionId: string; content: StatementContent },
): Promise<void> {
  const { trx, at, actor } = w;
  const row = await statementToChange(w, input.id);
  statusIs(row, editableStatuses);
  await mustBeCurrent(trx, row, input.baseRevisionId);
  await checkReferences(trx, input.content);
  await trx
    .deleteFrom('statement_working_copy')
    .where('statement_id', '=', row.id)
    .where('account_id', '=', actor.accountId)
    .execute();
  const current = await currentRevision(trx, row);
  if (canonicalContent(input.content).hash === current.hash) return;
  const revisionNo = row.revision_no + 1;
  const revision = await insertRevision(
    trx,
    row.id,
    revisionNo,
    input.content,
    actor.accountId,
    row.current_revision_id,
    at,
  );
  const status = row.status;
  // Any content change after review began voids what was decided on the old text.
  if (status !== 'draft') {
    const voided = await voidStanding(trx, row.id, at, 'contentChanged');
    await w.audit('statement.approvalVoided', 'statement', row.id, { fromStatus: status, voided, revisionNo });
  }
  await trx
    .updateTable('statement')
    .set({
      ...listedFields(input.content),
      status: 'draft',
      current_revision_id: revision.id,
      revision_no: revisionNo,
      updated_at: at,
    })
    .where('id', '=', row.id)
    .execute();
  await indexStatement(trx, row.id, row.number, input.content);
  await w.audit('statement.revised', 'statement', row.id, { revisionNo, hash: revision.hash });
}

/** Keeps the caller's unsaved typing; not a revision, not audited (like a draft in an editor's memory). */
export async function autosave(
  w: WriteScope<SessionActor>,
  input: { id: string; baseRevisionId: string; content: StatementContent },
): Promise<{ savedAt: string; lock: EditLock | null }> {
  const { trx, at, actor } = w;
  await lockForChange(trx, 'statement', input.id);
  const row = await findStatementRow(trx, input.id);
  if (!row) throw notFound('statement', input.id);
  statusIs(row, editableStatuses);
  await trx
    .insertInto('statement_working_copy')
    .values({
      statement_id: input.id,
      account_id: actor.accountId,
      base_revision_id: input.baseRevisionId,
      content_json: canonicalContent(input.content).json,
      saved_at: at,
    })
    .onConflict((clause) =>
      clause.columns(['statement_id', 'account_id']).doUpdateSet({
        base_revision_id: input.baseRevisionId,
        content_json: canonicalContent(input.content).json,
        saved_at: at,
      }),
    )
    .execute();
  await trx
    .updateTable('statement_lock')
    .set({ heartbeat_at: at })
    .where('statement_id', '=', input.id)
    .where('account_id', '=', actor.accountId)
    .execute();
  const lock = await readLock(trx, input.id, actor);
  return { savedAt: at, lock };
}

/** Drops the caller's unsaved typing (bookkeeping: no audit, no event). */
export async function discardWorkingCopy(w: WriteScope<SessionActor>, id: string): Promise<void> {
  const { actor } = w;
  await w.trx
    .deleteFrom('statement_working_copy')
    .where('statement_id', '=', id)
    .where('account_id', '=', actor.accountId)
    .execute();
}

/** Takes the edit lock (or renews the caller's); a fresh lock of someone else is taken over only when asked. */
export async function lock(w: WriteScope<SessionActor>, input: { id: string; takeover: boolean }): Promise<EditLock> {
  const { trx, at, actor } = w;
  await lockForChange(trx, 'statement', input.id);
  const row = await findStatementRow(trx, input.id);
  if (!row) throw notFound('statement', input.id);
  statusIs(row, editableStatuses);
  const existing = await trx
    .selectFrom('statement_lock')
    .selectAll()
    .where('statement_id', '=', input.id)
    .executeTakeFirst();
  if (existing?.account_id === actor.accountId) {
    await trx.updateTable('statement_lock').set({ heartbeat_at: at }).where('statement_id', '=', input.id).execute();
  } else {
    if (existing && lockIsFresh(existing.heartbeat_at, w.now)) {
      if (!input.takeover) {
        const holder = (await peopleById(trx, [existing.account_id])).get(existing.account_id);
        throw conflict('lockedBy', 'Someone else is editing', {
          holder: holder?.fullName ?? '?',
          since: existing.acquired_at,
        });
      }
      await w.audit('statement.lockTakenOver', 'statement', input.id, { from: existing.account_id });
    }
    await trx.deleteFrom('statement_lock').where('statement_id', '=', input.id).execute();
    await trx
      .insertInto('statement_lock')
      .values({ statement_id: input.id, account_id: actor.accountId, acquired_at: at, heartbeat_at: at })
      .execute();
    w.emit('statements.changed', { statementId: input.id });
  }
  const lock = await readLock(trx, input.id, actor);
  if (!lock) throw new Error('lock vanished inside its own transaction');
  return lock;
}

/** Gives the edit lock back (only the caller's own). */
export async function unlock(w: WriteScope<SessionActor>, id: string): Promise<void> {
  const { actor } = w;
  const result = await w.trx
    .deleteFrom('statement_lock')
    .where('statement_id', '=', id)
    .where('account_id', '=', actor.accountId)
    .executeTakeFirst();
  if (Number(result.numDeletedRows) > 0) w.emit('statements.changed', { statementId: id });
}

/** Starts a correction (or retraction) of a released statement: a new draft that names it. */
export async function correct(
  w: WriteScope<SessionActor>,
  input: { id: string; mode: CorrectionMode },
): Promise<string> {
  const { trx } = w;
  const row = await statementToChange(w, input.id);
  statusIs(row, ['released']);
  const open = await trx
    .selectFrom('statement')
    .select('id')
    .where('corrects_id', '=', row.id)
    .where('status', '!=', 'withdrawn')
    .executeTakeFirst();
  if (open)
    throw conflict('correctionExists', 'A correction of this statement already exists', { statementId: open.id });
  const original = (await currentRevision(trx, row)).content;
  const labels = outputLabels[original.language];
  const prefix = input.mode === 'retraction' ? labels.retractionPrefix : labels.correctionPrefix;
  const content: StatementContent = {
    ...original,
    title: `${prefix}: ${original.title}`.slice(0, 300),
    embargoUntil: null,
    nextUpdateAt: null,
  };
  const id = await insertStatement(w, content, { id: row.id, mode: input.mode });
  await w.audit('statement.correctionStarted', 'statement', row.id, { correction: id, mode: input.mode });
  return id;
}

/** A comment on the current revision (on one approval step, or the whole statement). */
export async function comment(
  w: WriteScope<SessionActor>,
  input: { id: string; body: string; stepIndex: number | null },
): Promise<StatementComment> {
  const { trx, at, actor } = w;
  const id = newId();
  const row = await statementToChange(w, input.id);
  await trx
    .insertInto('statement_comment')
    .values({
      id,
      statement_id: row.id,
      revision_id: row.current_revision_id,
      step_index: input.stepIndex,
      author_id: actor.accountId,
      body: input.body,
      created_at: at,
    })
    .execute();
  await w.audit('statement.commented', 'statement', row.id, { commentId: id, stepIndex: input.stepIndex });
  return {
    id,
    author: { id: actor.accountId, fullName: actor.fullName },
    body: input.body,
    stepIndex: input.stepIndex,
    revisionNo: row.revision_no,
    createdAt: at,
  };
}

async function insertStatement(
  w: WriteScope<SessionActor>,
  content: StatementContent,
  corrects: { id: string; mode: CorrectionMode } | null,
): Promise<string> {
  const { trx, at, actor } = w;
  const id = newId();
  const revisionId = newId();
  const { json, hash } = canonicalContent(content);
  await trx
    .insertInto('statement')
    .values({
      id,
      number: null,
      status: 'draft',
      ...listedFields(content),
      author_id: actor.accountId,
      current_revision_id: revisionId,
      revision_no: 1,
      chain_json: '[]',
      corrects_id: corrects?.id ?? null,
      correction_mode: corrects?.mode ?? null,
      withdrawn_reason: null,
      created_at: at,
      updated_at: at,
      released_at: null,
    })
    .execute();
  await trx
    .insertInto('statement_revision')
    .values({
      id: revisionId,
      statement_id: id,
      revision_no: 1,
      author_id: actor.accountId,
      base_revision_id: null,
      content_json: json,
      hash,
      created_at: at,
    })
    .execute();
  await indexStatement(trx, id, null, content);
  await w.audit('statement.created', 'statement', id, {
    kind: content.kind,
    revisionNo: 1,
    hash,
    ...(corrects ? { corrects: corrects.id, mode: corrects.mode } : {}),
  });
  w.emit('statements.changed', { statementId: id });
  return id;
}

async function insertRevision(
  trx: Trx,
  statementId: string,
  revisionNo: number,
  content: StatementContent,
  authorId: string,
  baseRevisionId: string | null,
  at: string,
): Promise<{ id: string; hash: string }> {
  const { json, hash } = canonicalContent(content);
  const id = newId();
  await trx
    .insertInto('statement_revision')
    .values({
      id,
      statement_id: statementId,
      revision_no: revisionNo,
      author_id: authorId,
      base_revision_id: baseRevisionId,
      content_json: json,
      hash,
      created_at: at,
    })
    .execute();
  return { id, hash };
}

/** A statement written for a crisis joins it at once (and distribution may arm its release, by hook). */
async function joinCrisis(w: WriteScope<SessionActor>, statementId: string, crisisId: string, hooks: StatementHooks) {
  const { trx, at, actor } = w;
  await trx
    .insertInto('crisis_statement')
    .values({ statement_id: statementId, crisis_id: crisisId, linked_by: actor.accountId, linked_at: at })
    .execute();
  await w.audit('crisis.linked', 'crisis', crisisId, { statement: statementId, conference: null });
  for (const hook of hooks.joinedCrisis) await hook(w, statementId);
}

async function readLock(trx: Trx, statementId: string, actor: SessionActor): Promise<EditLock | null> {
  const row = await trx
    .selectFrom('statement_lock')
    .selectAll()
    .where('statement_id', '=', statementId)
    .executeTakeFirst();
  if (!row) return null;
  const holder = (await peopleById(trx, [row.account_id])).get(row.account_id) ?? { id: row.account_id, fullName: '?' };
  return { holder, since: row.acquired_at, heartbeatAt: row.heartbeat_at, mine: row.account_id === actor.accountId };
}
