import { sql, type Transaction } from 'kysely';
import type { StatementComment, StatementContent, Statement, EditLock } from '../../../shared/ipc/statements';
import type { Language } from '../../../shared/ipc/preferences';
import type { OfficeTimeZone } from '../../../shared/ipc/office';
import { formatStatementNumber, numberingScope } from '../../../shared/statements/numbering';
import {
  promptableText,
  unfilledPlaceholders,
  unfilledPrompts,
} from '../../../shared/statements/templates/placeholders';
import { refuseSupersededQuotes } from '../crises/figureQuotes';
import { markClarified } from '../hoaxes/clarificationRelease';
import {
  editableStatuses,
  submittableStatuses,
  withdrawableStatuses,
  type CorrectionMode,
  type StatementKind,
  type StatementStatus,
} from '../../../shared/statements/workflow';
import { outputLabels } from '../../../shared/statements/outputs/outputLabels';
import { appendAudit } from '../audit/auditChain';
import { isActiveAccount } from '../accounts/accountRepository';
import type { Role } from '../../../shared/accounts/roles';
import type { SessionActor } from '../kernel/context';
import type { Database } from '../db/schema';
import type { StatementRow } from '../db/schema/statement';
import type { Store } from '../db/store';
import { transact, type AfterCommit } from '../db/transaction';
import { CoreError, notFound } from '../kernel/errors';
import type { EventBus } from '../kernel/eventBus';
import { newId } from '../kernel/ids';
import { indexStatement } from '../search/statementSearch';
import { fieldError } from '../kernel/validationError';
import { decidingAuthority, pendingStepIndex, type RoundStep } from './approvalRound';
import { canonicalContent } from './contentHash';
import { lockIsFresh } from './lockRules';
import { armedReleasesAllowed, chainFor } from './chainRepository';
import { contentAuthors, currentRevision, findStatementRow, parseChain, peopleById } from './statementRepository';
import { readStatement } from './statementView';
import { startingContent } from './startingContent';
import { templatePrompts } from './templateService';
import { standingFor, stepDeciders } from './standIns';
import { requireOpenCrisis } from '../crises/crisisQueries';
import { officeToday } from '../office/officeToday';
import { crisisAudienceOf, crisisReleaseChannels, planBlocked, writeReleasePlan } from '../distribution/releasePlan';
import { rolesAllow } from '../../../shared/permissions';

export interface StatementServiceDeps {
  store: Store;
  events: EventBus;
  now: () => Date;
}

/**
 * Runs inside the transaction of a final approval (the statement is `approved` and numbered):
 * distribution registers one to send a release armed on the statement. Statements do not know
 * distribution; it hooks in here.
 */
export type FinalApprovalHook = (
  scope: { trx: Trx; afterCommit: AfterCommit },
  statementId: string,
  actor: SessionActor,
  at: string,
) => Promise<void>;

type Trx = Transaction<Database>;

interface Scope {
  trx: Trx;
  row: StatementRow;
  at: string;
  afterCommit: AfterCommit;
}

const conflict = (reason: string, message: string, extra: Record<string, unknown> = {}) =>
  new CoreError('CONFLICT', message, { reason, ...extra });

function statusIs(row: StatementRow, allowed: readonly StatementStatus[]): void {
  if (!allowed.includes(row.status as StatementStatus)) {
    throw conflict('statementWrongStatus', `Statement is ${row.status}`, { status: row.status });
  }
}

/** Saves and decisions name the revision they were made on; an older one is refused, never overwritten. */
async function mustBeCurrent(trx: Trx, row: StatementRow, revisionId: string): Promise<void> {
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

async function voidStanding(trx: Trx, statementId: string, at: string, reason: string): Promise<number> {
  const result = await trx
    .updateTable('statement_approval')
    .set({ voided_at: at, void_reason: reason })
    .where('statement_id', '=', statementId)
    .where('voided_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Checks the references a content makes: people who exist and attachments that were uploaded. */
async function checkReferences(trx: Trx, content: StatementContent): Promise<void> {
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

/** The listed copy of a content's fields on the statement row. */
function listedFields(content: StatementContent) {
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

/** Draws the next number from the office pattern. The counter row is updated inside the approving
 * transaction, so two racing approvals are serialized by the store and never share a number. */
async function issueNumber(trx: Trx, at: Date): Promise<string> {
  const office = await trx
    .selectFrom('office')
    .select(['numbering_pattern', 'numbering_reset', 'time_zone'])
    .executeTakeFirstOrThrow();
  const zone = office.time_zone as OfficeTimeZone;
  const scope = numberingScope(office.numbering_reset as 'yearly' | 'never', at, zone);
  const { last_value } = await trx
    .insertInto('statement_number_counter')
    .values({ scope, last_value: 1 })
    .onConflict((conflictClause) =>
      conflictClause.column('scope').doUpdateSet({ last_value: sql<number>`statement_number_counter.last_value + 1` }),
    )
    .returning('last_value')
    .executeTakeFirstOrThrow();
  return formatStatementNumber(office.numbering_pattern, last_value, at, zone);
}

export function createStatementService(deps: StatementServiceDeps) {
  const { db } = deps.store.connection;
  const read = (id: string, actor: SessionActor) => readStatement(db, id, actor, deps.now());
  const finalApprovalHooks: FinalApprovalHook[] = [];

  /** One change to one statement: the work, its audit events, the change event after commit. */
  async function change(id: string, work: (scope: Scope) => Promise<void>): Promise<void> {
    await transact(db, async ({ trx, afterCommit }) => {
      const row = await findStatementRow(trx, id);
      if (!row) throw notFound('statement', id);
      await work({ trx, row, at: deps.now().toISOString(), afterCommit });
      afterCommit(() => deps.events.emit('statements.changed', { statementId: id }));
    });
  }

  const audit = (trx: Trx, actor: Pick<SessionActor, 'accountId'>, action: string, id: string, at: string, data = {}) =>
    appendAudit(trx, { actorId: actor.accountId, action, entityType: 'statement', entityId: id, data }, at);

  async function insertStatement(
    trx: Trx,
    content: StatementContent,
    actor: SessionActor,
    at: string,
    corrects: { id: string; mode: CorrectionMode } | null,
  ): Promise<string> {
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
    await audit(trx, actor, 'statement.created', id, at, {
      kind: content.kind,
      revisionNo: 1,
      hash,
      ...(corrects ? { corrects: corrects.id, mode: corrects.mode } : {}),
    });
    return id;
  }

  async function decide(
    input: { id: string; revisionId: string; comment: string },
    actor: SessionActor,
    outcome: 'approved' | 'changes_requested',
  ): Promise<Statement> {
    await change(input.id, async ({ trx, row, at, afterCommit }) => {
      statusIs(row, ['in_review']);
      await mustBeCurrent(trx, row, input.revisionId);
      const chain = parseChain(row);
      const decided = await trx
        .selectFrom('statement_approval')
        .select(['step_index', 'outcome', 'revision_id', 'voided_at'])
        .where('statement_id', '=', row.id)
        .where('voided_at', 'is', null)
        .execute();
      const index = pendingStepIndex(
        chain,
        decided.map((decision) => ({
          stepIndex: decision.step_index,
          outcome: decision.outcome,
          revisionId: decision.revision_id,
          voidedAt: decision.voided_at,
        })),
        row.current_revision_id,
      );
      const step = index === null ? undefined : chain[index];
      if (index === null || !step) throw conflict('statementWrongStatus', 'Nothing waits for a decision');
      const standing = await standingFor(trx, actor.accountId, at);
      if (!decidingAuthority(step, actor, new Set(), standing)) {
        throw new CoreError('FORBIDDEN', `Step ${index} needs the ${step.roles.join(' or ')} role`, {
          reason: 'notYourStep',
          role: step.roles.join(', '),
        });
      }
      const authors = await contentAuthors(trx, row.id, row.revision_no);
      const authority = decidingAuthority(step, actor, authors, standing);
      if (!authority) {
        throw new CoreError('FORBIDDEN', 'An author of this revision cannot decide on it', { reason: 'fourEyes' });
      }
      const revision = await currentRevision(trx, row);
      await trx
        .insertInto('statement_approval')
        .values({
          id: newId(),
          statement_id: row.id,
          revision_id: row.current_revision_id,
          revision_hash: revision.hash,
          step_index: index,
          role: authority.role,
          outcome,
          account_id: actor.accountId,
          on_behalf_of: authority.onBehalfOf,
          comment: input.comment,
          decided_at: at,
          voided_at: null,
          void_reason: null,
        })
        .execute();
      if (input.comment) {
        await trx
          .insertInto('statement_comment')
          .values({
            id: newId(),
            statement_id: row.id,
            revision_id: row.current_revision_id,
            step_index: index,
            author_id: actor.accountId,
            body: input.comment,
            created_at: at,
          })
          .execute();
      }
      const auditData = {
        step: index,
        role: authority.role,
        revisionNo: row.revision_no,
        revisionHash: revision.hash,
        ...(authority.onBehalfOf ? { onBehalfOf: authority.onBehalfOf } : {}),
      };
      if (outcome === 'changes_requested') {
        await voidStanding(trx, row.id, at, 'changesRequested');
        await trx
          .updateTable('statement')
          .set({ status: 'changes_requested', updated_at: at })
          .where('id', '=', row.id)
          .execute();
        await audit(trx, actor, 'statement.changesRequested', row.id, at, auditData);
        return;
      }
      const final = index === chain.length - 1;
      if (!final) {
        await trx.updateTable('statement').set({ updated_at: at }).where('id', '=', row.id).execute();
        await audit(trx, actor, 'statement.approved', row.id, at, { ...auditData, final: false });
        return;
      }
      // An edit after an earlier final approval keeps the number the statement already holds.
      const number = row.number ?? (await issueNumber(trx, new Date(at)));
      await trx
        .updateTable('statement')
        .set({ status: 'approved', number, updated_at: at })
        .where('id', '=', row.id)
        .execute();
      if (number !== row.number) {
        const content = (await currentRevision(trx, row)).content;
        await indexStatement(trx, row.id, number, content);
      }
      await audit(trx, actor, 'statement.approved', row.id, at, { ...auditData, final: true, number });
      for (const hook of finalApprovalHooks) await hook({ trx, afterCommit }, row.id, actor, at);
    });
    return read(input.id, actor);
  }

  return {
    read,

    /** Registers work the final approval does in its own transaction (see `FinalApprovalHook`). */
    whenFinallyApproved(hook: FinalApprovalHook): void {
      finalApprovalHooks.push(hook);
    },

    async create(
      input: { kind: StatementKind; language: Language; templateId: string | null; crisisId?: string | null },
      actor: SessionActor,
    ) {
      const id = await transact(db, async ({ trx, afterCommit }) => {
        const at = deps.now().toISOString();
        if (input.crisisId) await requireOpenCrisis(trx, input.crisisId);
        const content = await startingContent(trx, input, actor, deps.now());
        const statementId = await insertStatement(trx, content, actor, at, null);
        if (input.crisisId) await joinCrisis(trx, statementId, input.crisisId, actor, at);
        afterCommit(() => {
          deps.events.emit('statements.changed', { statementId });
          if (input.crisisId) deps.events.emit('crises.changed', { crisisId: input.crisisId });
        });
        return statementId;
      });
      return read(id, actor);
    },

    async save(input: { id: string; baseRevisionId: string; content: StatementContent }, actor: SessionActor) {
      await change(input.id, async ({ trx, row, at }) => {
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
        const status = row.status as StatementStatus;
        // Any content change after review began voids what was decided on the old text.
        if (status !== 'draft') {
          const voided = await voidStanding(trx, row.id, at, 'contentChanged');
          await audit(trx, actor, 'statement.approvalVoided', row.id, at, { fromStatus: status, voided, revisionNo });
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
        await audit(trx, actor, 'statement.revised', row.id, at, { revisionNo, hash: revision.hash });
      });
      return read(input.id, actor);
    },

    /** Keeps the caller's unsaved typing; not a revision, not audited (like a draft in an editor's memory). */
    async autosave(input: { id: string; baseRevisionId: string; content: StatementContent }, actor: SessionActor) {
      const at = deps.now().toISOString();
      return transact(db, async ({ trx }) => {
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
      });
    },

    async discardWorkingCopy(id: string, actor: SessionActor) {
      await db
        .deleteFrom('statement_working_copy')
        .where('statement_id', '=', id)
        .where('account_id', '=', actor.accountId)
        .execute();
    },

    async lock(input: { id: string; takeover: boolean }, actor: SessionActor): Promise<EditLock> {
      return transact(db, async ({ trx, afterCommit }) => {
        const row = await findStatementRow(trx, input.id);
        if (!row) throw notFound('statement', input.id);
        statusIs(row, editableStatuses);
        const at = deps.now().toISOString();
        const existing = await trx
          .selectFrom('statement_lock')
          .selectAll()
          .where('statement_id', '=', input.id)
          .executeTakeFirst();
        if (existing?.account_id === actor.accountId) {
          await trx
            .updateTable('statement_lock')
            .set({ heartbeat_at: at })
            .where('statement_id', '=', input.id)
            .execute();
        } else {
          if (existing && lockIsFresh(existing.heartbeat_at, deps.now())) {
            if (!input.takeover) {
              const holder = (await peopleById(trx, [existing.account_id])).get(existing.account_id);
              throw conflict('lockedBy', 'Someone else is editing', {
                holder: holder?.fullName ?? '?',
                since: existing.acquired_at,
              });
            }
            await audit(trx, actor, 'statement.lockTakenOver', input.id, at, { from: existing.account_id });
          }
          await trx.deleteFrom('statement_lock').where('statement_id', '=', input.id).execute();
          await trx
            .insertInto('statement_lock')
            .values({ statement_id: input.id, account_id: actor.accountId, acquired_at: at, heartbeat_at: at })
            .execute();
          afterCommit(() => deps.events.emit('statements.changed', { statementId: input.id }));
        }
        const lock = await readLock(trx, input.id, actor);
        if (!lock) throw new Error('lock vanished inside its own transaction');
        return lock;
      });
    },

    async unlock(id: string, actor: SessionActor) {
      const result = await db
        .deleteFrom('statement_lock')
        .where('statement_id', '=', id)
        .where('account_id', '=', actor.accountId)
        .executeTakeFirst();
      if (Number(result.numDeletedRows) > 0) deps.events.emit('statements.changed', { statementId: id });
    },

    async submit(input: { id: string; revisionId: string }, actor: SessionActor) {
      await change(input.id, async ({ trx, row, at }) => {
        statusIs(row, submittableStatuses);
        await mustBeCurrent(trx, row, input.revisionId);
        const revision = await currentRevision(trx, row);
        const { content } = revision;
        const text = promptableText(content);
        // {placeholders} and the template's own writing prompts ("[Peristiwa] di [Lokasi]"), all named at once.
        const left = [
          ...unfilledPlaceholders(text).map((name) => `{${name}}`),
          ...unfilledPrompts(text, await templatePrompts(trx)),
        ];
        if (left.length > 0) {
          throw new CoreError('VALIDATION', 'Placeholders are not filled in', {
            reason: 'unfilledPlaceholders',
            placeholders: left.join(', '),
          });
        }
        await refuseSupersededQuotes(trx, row.id);
        // A new round: the office's chain for this kind as it is now; earlier decisions no longer stand.
        const chain: RoundStep[] = await chainFor(trx, content.kind);
        await refuseUndecidable(trx, row, chain, at);
        await voidStanding(trx, row.id, at, 'resubmitted');
        await trx
          .updateTable('statement')
          .set({ status: 'in_review', chain_json: JSON.stringify(chain), updated_at: at })
          .where('id', '=', row.id)
          .execute();
        await audit(trx, actor, 'statement.submitted', row.id, at, {
          revisionNo: row.revision_no,
          revisionHash: revision.hash,
          steps: chain.map((step) => step.roles.join('|')),
        });
      });
      return read(input.id, actor);
    },

    approve: (input: { id: string; revisionId: string; comment: string }, actor: SessionActor) =>
      decide(input, actor, 'approved'),
    requestChanges: (input: { id: string; revisionId: string; comment: string }, actor: SessionActor) =>
      decide(input, actor, 'changes_requested'),

    async withdraw(input: { id: string; reason: string }, actor: SessionActor) {
      await change(input.id, async ({ trx, row, at }) => {
        statusIs(row, withdrawableStatuses);
        const oversees = actor.roles.includes('reviewer') || actor.roles.includes('approver');
        if (row.author_id !== actor.accountId && !oversees) {
          throw new CoreError('FORBIDDEN', 'Only the author or a reviewer may withdraw', {
            reason: 'notYourStatement',
          });
        }
        await voidStanding(trx, row.id, at, 'withdrawn');
        await trx.deleteFrom('statement_lock').where('statement_id', '=', row.id).execute();
        await trx
          .updateTable('statement')
          .set({ status: 'withdrawn', withdrawn_reason: input.reason, updated_at: at })
          .where('id', '=', row.id)
          .execute();
        await audit(trx, actor, 'statement.withdrawn', row.id, at, { fromStatus: row.status, reason: input.reason });
      });
      return read(input.id, actor);
    },

    async release(id: string, actor: SessionActor) {
      await change(id, async (scope) => releaseInTransaction(scope, actor));
      return read(id, actor);
    },

    /**
     * Distribution marks the statement released inside its own transaction when the first job
     * completes; a statement released already (an earlier job) is left as it is.
     */
    async releaseWithin(
      { trx, afterCommit }: { trx: Trx; afterCommit: AfterCommit },
      id: string,
      actorId: string,
      at: string,
      distributionId: string,
    ): Promise<boolean> {
      const row = await findStatementRow(trx, id);
      if (!row || row.status !== 'approved') return false;
      await releaseInTransaction({ trx, row, at, afterCommit }, { accountId: actorId }, { distributionId });
      afterCommit(() => deps.events.emit('statements.changed', { statementId: id }));
      return true;
    },

    /**
     * A new draft with the given content, inside the caller's transaction: another domain drafting
     * a statement from its own record (a hoax clarification) without a second transaction.
     */
    async draftWithin(
      { trx, afterCommit }: { trx: Trx; afterCommit: AfterCommit },
      content: StatementContent,
      actor: SessionActor,
      at: string,
    ): Promise<string> {
      await checkReferences(trx, content);
      const id = await insertStatement(trx, content, actor, at, null);
      afterCommit(() => deps.events.emit('statements.changed', { statementId: id }));
      return id;
    },

    async correct(input: { id: string; mode: CorrectionMode }, actor: SessionActor) {
      const newId_ = await transact(db, async ({ trx, afterCommit }) => {
        const row = await findStatementRow(trx, input.id);
        if (!row) throw notFound('statement', input.id);
        statusIs(row, ['released']);
        const open = await trx
          .selectFrom('statement')
          .select('id')
          .where('corrects_id', '=', row.id)
          .where('status', '!=', 'withdrawn')
          .executeTakeFirst();
        if (open)
          throw conflict('correctionExists', 'A correction of this statement already exists', { statementId: open.id });
        const at = deps.now().toISOString();
        const original = (await currentRevision(trx, row)).content;
        const labels = outputLabels[original.language];
        const prefix = input.mode === 'retraction' ? labels.retractionPrefix : labels.correctionPrefix;
        const content: StatementContent = {
          ...original,
          title: `${prefix}: ${original.title}`.slice(0, 300),
          embargoUntil: null,
          nextUpdateAt: null,
        };
        const id = await insertStatement(trx, content, actor, at, { id: row.id, mode: input.mode });
        await audit(trx, actor, 'statement.correctionStarted', row.id, at, { correction: id, mode: input.mode });
        afterCommit(() => {
          deps.events.emit('statements.changed', { statementId: row.id });
          deps.events.emit('statements.changed', { statementId: id });
        });
        return id;
      });
      return read(newId_, actor);
    },

    async comment(
      input: { id: string; body: string; stepIndex: number | null },
      actor: SessionActor,
    ): Promise<StatementComment> {
      const id = newId();
      let revisionNo = 0;
      let createdAt = '';
      await change(input.id, async ({ trx, row, at }) => {
        revisionNo = row.revision_no;
        createdAt = at;
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
        await audit(trx, actor, 'statement.commented', row.id, at, { commentId: id, stepIndex: input.stepIndex });
      });
      return {
        id,
        author: { id: actor.accountId, fullName: actor.fullName },
        body: input.body,
        stepIndex: input.stepIndex,
        revisionNo,
        createdAt,
      };
    },
  };

  /**
   * A statement written for a crisis joins it at once, and its release is armed with the audience
   * the crisis chose when the drafter may distribute and it can go (a mail server, somebody
   * reachable); otherwise it is left for the drafter to arm or distribute by hand.
   */
  async function joinCrisis(trx: Trx, statementId: string, crisisId: string, actor: SessionActor, at: string) {
    await trx
      .insertInto('crisis_statement')
      .values({ statement_id: statementId, crisis_id: crisisId, linked_by: actor.accountId, linked_at: at })
      .execute();
    await appendAudit(
      trx,
      {
        actorId: actor.accountId,
        action: 'crisis.linked',
        entityType: 'crisis',
        entityId: crisisId,
        data: { statement: statementId, conference: null },
      },
      at,
    );
    const audience = await crisisAudienceOf(trx, statementId);
    if (!audience || !rolesAllow(actor.roles, 'distribution.send') || !(await armedReleasesAllowed(trx))) return;
    const plan = { channels: crisisReleaseChannels, audience, attachment: 'pdf' as const };
    if (await planBlocked(trx, plan, await officeToday(trx, deps.now()))) return;
    await writeReleasePlan(trx, statementId, plan, actor.accountId, at, (action, data) =>
      audit(trx, actor, action, statementId, at, data),
    );
  }

  /**
   * Refuses a round with a step nobody may decide (the only reviewer wrote the text, say): the
   * statement would sit in no one's task list. Says which step, who is excluded, and who could
   * be named a stand-in.
   */
  async function refuseUndecidable(trx: Trx, row: StatementRow, chain: readonly RoundStep[], at: string) {
    const authors = await contentAuthors(trx, row.id, row.revision_no);
    for (const [index, step] of chain.entries()) {
      const { deciders, holders, candidates } = await stepDeciders(trx, step, authors, at);
      if (deciders.length > 0) continue;
      throw new CoreError('CONFLICT', `Nobody can decide step ${index + 1}`, {
        reason: 'noEligibleDecider',
        step: index + 1,
        roles: step.roles.join(', '),
        // Names carry commas of their own ("Agus Santoso, S.Sos."): listed with semicolons.
        holders: holders.join('; '),
        candidates: candidates.slice(0, 5).join('; '),
      });
    }
  }

  /** Marks an approved statement released (distribution calls this when it sends). A released
   * correction marks the statement it corrects as corrected or retracted. */
  async function releaseInTransaction(
    { trx, row, at, afterCommit }: Scope,
    actor: Pick<SessionActor, 'accountId'>,
    extra: Record<string, unknown> = {},
  ): Promise<void> {
    if (row.status !== 'approved')
      throw conflict('notApproved', 'Only an approved statement can be released', { status: row.status });
    await trx
      .updateTable('statement')
      .set({ status: 'released', released_at: at, updated_at: at })
      .where('id', '=', row.id)
      .execute();
    await trx.deleteFrom('statement_lock').where('statement_id', '=', row.id).execute();
    await audit(trx, actor, 'statement.released', row.id, at, {
      number: row.number,
      revisionNo: row.revision_no,
      ...extra,
    });
    if (row.corrects_id) {
      const status = row.correction_mode === 'retraction' ? 'retracted' : 'corrected';
      await trx.updateTable('statement').set({ status, updated_at: at }).where('id', '=', row.corrects_id).execute();
      await audit(trx, actor, `statement.${status}`, row.corrects_id, at, { by: row.id, number: row.number });
      const correctedId = row.corrects_id;
      afterCommit(() => deps.events.emit('statements.changed', { statementId: correctedId }));
    }
    // A released hoax clarification clarifies its claim, in this same transaction.
    for (const { hoaxId, crisisId } of await markClarified(trx, row.id, actor.accountId, at)) {
      afterCommit(() => {
        deps.events.emit('hoaxes.changed', { hoaxId });
        if (crisisId) deps.events.emit('crises.changed', { crisisId });
      });
    }
  }
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

export type StatementService = ReturnType<typeof createStatementService>;
