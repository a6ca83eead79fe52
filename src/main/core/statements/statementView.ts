import type { Statement } from '../../../shared/ipc/statements';
import { rolesAllow } from '../../../shared/permissions';
import { editableStatuses, submittableStatuses, withdrawableStatuses } from '../../../shared/statements/workflow';
import type { SessionActor } from '../kernel/context';
import { notFound } from '../kernel/errors';
import { canonicalContent } from './contentHash';
import { lockIsFresh } from './lockRules';
import { mayDecide, pendingStepIndex } from './approvalRound';
import { stepDeciders } from './standIns';
import { standingFor } from './standIns';
import { armedReleasesAllowed } from './chainRepository';
import type { StatementHooks } from './statementHooks';
import {
  notDeciders,
  findStatementRow,
  parseChain,
  parseContent,
  peopleById,
  toSummaries,
  type Db,
} from './statementRepository';

/** The full statement as the caller sees it: content, round, lock, their working copy, what they may do. */
export async function readStatement(
  db: Db,
  id: string,
  actor: SessionActor,
  now: Date,
  hooks: Pick<StatementHooks, 'releasePlanOf'>,
): Promise<Statement> {
  const row = await findStatementRow(db, id);
  if (!row) throw notFound('statement', id);
  const [summary] = await toSummaries(db, [row]);
  if (!summary) throw notFound('statement', id);
  const revision = await db
    .selectFrom('statement_revision')
    .select(['content_json', 'hash'])
    .where('id', '=', row.current_revision_id)
    .executeTakeFirstOrThrow();
  const content = parseContent(revision.content_json);
  const chain = parseChain(row);
  const decisions = await db
    .selectFrom('statement_approval')
    .selectAll()
    .where('statement_id', '=', id)
    .where('voided_at', 'is', null)
    .orderBy('decided_at')
    .execute();
  const lockRow = await db.selectFrom('statement_lock').selectAll().where('statement_id', '=', id).executeTakeFirst();
  const copy = await db
    .selectFrom('statement_working_copy')
    .selectAll()
    .where('statement_id', '=', id)
    .where('account_id', '=', actor.accountId)
    .executeTakeFirst();
  const corrects = row.corrects_id ? await findStatementRow(db, row.corrects_id) : undefined;
  const correctedBy = await db
    .selectFrom('statement')
    .select(['id', 'status'])
    .where('corrects_id', '=', id)
    .where('status', '!=', 'withdrawn')
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  const people = await peopleById(db, [
    ...decisions.map((decision) => decision.account_id),
    ...decisions.flatMap((decision) => (decision.on_behalf_of ? [decision.on_behalf_of] : [])),
    ...(lockRow ? [lockRow.account_id] : []),
  ]);
  const person = (accountId: string) => people.get(accountId) ?? { id: accountId, fullName: '?' };

  const status = row.status;
  const pending =
    status === 'in_review' ? pendingStepIndex(chain, decisions.map(toDecision), row.current_revision_id) : null;
  const excluded = await notDeciders(db, id, row.revision_no);
  const may = (permission: Parameters<typeof rolesAllow>[1]) => rolesAllow(actor.roles, permission);
  const freshLock = lockRow && lockIsFresh(lockRow.heartbeat_at, now) ? lockRow : undefined;

  // Only unsaved work that differs from what is stored is offered back.
  const copyContent = copy ? parseContent(copy.content_json) : null;
  const workingCopy =
    copy && copyContent && canonicalContent(copyContent).hash !== revision.hash
      ? { content: copyContent, baseRevisionId: copy.base_revision_id, savedAt: copy.saved_at }
      : null;

  return {
    ...summary,
    content,
    currentRevisionId: row.current_revision_id,
    currentRevisionHash: revision.hash,
    chain: chain.map((step, index) => {
      const decision = decisions.find(
        (candidate) => candidate.step_index === index && candidate.revision_id === row.current_revision_id,
      );
      return {
        index,
        roles: step.roles,
        decision: decision
          ? {
              outcome: decision.outcome,
              by: person(decision.account_id),
              onBehalfOf: decision.on_behalf_of ? person(decision.on_behalf_of) : null,
              at: decision.decided_at,
              revisionHash: decision.revision_hash,
            }
          : null,
      };
    }),
    lock: freshLock
      ? {
          holder: person(freshLock.account_id),
          since: freshLock.acquired_at,
          heartbeatAt: freshLock.heartbeat_at,
          mine: freshLock.account_id === actor.accountId,
        }
      : null,
    workingCopy,
    // Who may decide the step that waits (stand-ins included, those who wrote it or decided a step
    // of this round left out): the drafter is told whom the statement now waits for.
    pendingDeciders:
      pending !== null ? (await stepDeciders(db, chain[pending]!, excluded, now.toISOString())).deciders : [],
    corrects: corrects
      ? {
          id: corrects.id,
          number: corrects.number,
          title: corrects.title,
          mode: row.correction_mode ?? 'correction',
        }
      : null,
    correctedBy: correctedBy ? { id: correctedBy.id, status: correctedBy.status } : null,
    withdrawnReason: row.withdrawn_reason,
    releasePlan: await hooks.releasePlanOf(db, id, now),
    can: {
      edit: editableStatuses.includes(status) && may('statements.draft'),
      submit: submittableStatuses.includes(status) && may('statements.draft'),
      decide:
        pending !== null &&
        mayDecide(chain[pending], actor, excluded, await standingFor(db, actor.accountId, now.toISOString())),
      withdraw:
        withdrawableStatuses.includes(status) &&
        may('statements.draft') &&
        (row.author_id === actor.accountId || actor.roles.some((role) => role === 'reviewer' || role === 'approver')),
      release: status === 'approved' && may('statements.release'),
      correct: status === 'released' && may('statements.draft') && !correctedBy,
      arm:
        ['draft', 'changes_requested', 'in_review'].includes(status) &&
        may('distribution.send') &&
        (await armedReleasesAllowed(db)) &&
        !decisions.some((decision) => decision.revision_id === row.current_revision_id),
    },
  };
}

function toDecision(row: { step_index: number; outcome: string; revision_id: string; voided_at: string | null }) {
  return { stepIndex: row.step_index, outcome: row.outcome, revisionId: row.revision_id, voidedAt: row.voided_at };
}
