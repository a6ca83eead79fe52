import { sql, type Transaction } from 'kysely';
import { formatStatementNumber, numberingScope } from '../../../shared/statements/numbering';
import {
  promptableText,
  unfilledPlaceholders,
  unfilledPrompts,
} from '../../../shared/statements/templates/placeholders';
import { submittableStatuses, withdrawableStatuses } from '../../../shared/statements/workflow';
import type { Database } from '../db/schema';
import type { StatementRow } from '../db/schema/statement';
import type { SessionActor } from '../kernel/context';
import { conflict, CoreError } from '../kernel/errors';
import { newId } from '../kernel/ids';
import type { WriteScope } from '../kernel/writeScope';
import { indexStatement } from '../search/statementSearch';
import { decidingAuthority, pendingStepIndex, type RoundStep } from './approvalRound';
import { chainFor } from './chainRepository';
import { standingFor, stepDeciders } from './standIns';
import type { StatementHooks } from './statementHooks';
import { contentAuthors, currentRevision, parseChain, roundDeciders } from './statementRepository';
import { mustBeCurrent, statementToChange, statusIs, voidStanding } from './statementRules';
import { templatePrompts } from './templateService';

/*
 * Review: a statement submitted into a round of the office's approval chain for its kind, decided
 * step by step (four eyes: no author decides on their own text), numbered at the final approval.
 */

type Trx = Transaction<Database>;

/** Starts a round on the current revision: every placeholder filled, every step decidable by someone. */
export async function submit(
  w: WriteScope<SessionActor>,
  input: { id: string; revisionId: string },
  hooks: StatementHooks,
): Promise<void> {
  const { trx, at } = w;
  const row = await statementToChange(w, input.id);
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
  for (const hook of hooks.beforeSubmit) await hook(w, row.id, content);
  // A new round: the office's chain for this kind as it is now; earlier decisions no longer stand.
  const chain: RoundStep[] = await chainFor(trx, content.kind);
  await refuseUndecidable(trx, row, chain, at);
  await voidStanding(trx, row.id, at, 'resubmitted');
  await trx
    .updateTable('statement')
    .set({ status: 'in_review', chain_json: JSON.stringify(chain), updated_at: at })
    .where('id', '=', row.id)
    .execute();
  await w.audit('statement.submitted', 'statement', row.id, {
    revisionNo: row.revision_no,
    revisionHash: revision.hash,
    steps: chain.map((step) => step.roles.join('|')),
  });
}

/** The author or a reviewer takes a statement out of the workflow; decisions on it no longer stand. */
export async function withdraw(w: WriteScope<SessionActor>, input: { id: string; reason: string }): Promise<void> {
  const { trx, at, actor } = w;
  const row = await statementToChange(w, input.id);
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
  await w.audit('statement.withdrawn', 'statement', row.id, { fromStatus: row.status, reason: input.reason });
}

export async function decide(
  w: WriteScope<SessionActor>,
  input: { id: string; revisionId: string; comment: string },
  outcome: 'approved' | 'changes_requested',
  hooks: StatementHooks,
): Promise<void> {
  const { trx, at, actor } = w;
  const row = await statementToChange(w, input.id);
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
  const deciders = await roundDeciders(trx, row.id);
  if (deciders.has(actor.accountId) || (authority.onBehalfOf !== null && deciders.has(authority.onBehalfOf))) {
    throw new CoreError('FORBIDDEN', 'One person decides at most one step of a round', { reason: 'oneStepEach' });
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
    await w.audit('statement.changesRequested', 'statement', row.id, auditData);
    return;
  }
  const final = index === chain.length - 1;
  if (!final) {
    await trx.updateTable('statement').set({ updated_at: at }).where('id', '=', row.id).execute();
    await w.audit('statement.approved', 'statement', row.id, { ...auditData, final: false });
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
  await w.audit('statement.approved', 'statement', row.id, { ...auditData, final: true, number });
  for (const hook of hooks.finallyApproved) await hook(w, row.id);
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

/** Draws the next number from the office pattern. The counter row is updated inside the approving
 * transaction, so two racing approvals are serialized by the store and never share a number. */
async function issueNumber(trx: Trx, at: Date): Promise<string> {
  const office = await trx
    .selectFrom('office')
    .select(['numbering_pattern', 'numbering_reset', 'time_zone'])
    .executeTakeFirstOrThrow();
  const zone = office.time_zone;
  const scope = numberingScope(office.numbering_reset, at, zone);
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
