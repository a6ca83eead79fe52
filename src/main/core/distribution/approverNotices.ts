import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { newId } from '../kernel/ids';
import { systemActor, type Writer, type WriteScope } from '../kernel/writeScope';
import { pendingStepIndex, type RoundStep } from '../statements/approvalRound';
import { notDeciders, parseChain } from '../statements/statementRepository';
import { approverNoticeContent, type ApproverNotice, type NoticeKind } from './approverNoticeMail';
import { readMailSettingsRow, type MailSettingsRow } from './mailSettings';
import { insertOutboxRows } from './outboxRows';

type Db = Kysely<Database>;

/** One person to tell about one waiting step. */
interface Due {
  kind: NoticeKind;
  account: { id: string; fullName: string; username: string; email: string };
  insteadOf: string | null;
}

/** A statement waiting at a step, with what its notices say. */
interface Waiting {
  id: string;
  revisionId: string;
  roundStartedAt: string;
  stepIndex: number;
  crisisOpen: boolean;
  notice: Omit<ApproverNotice, 'kind' | 'recipient' | 'insteadOf' | 'language' | 'zone' | 'agencyName'>;
  submittedById: string;
}

/**
 * One look at every statement in review: who its waiting step concerns, and what each of them is
 * owed now — the request when the step begins; during an open crisis, a reminder after the office's
 * reminder minutes and, after its stand-in minutes, a notice to the stand-ins of those approvers.
 * Each notice is recorded once per round, step, kind and person (a unique key), with its e-mail
 * queued in the outbox in the same write: however many desks look, and however often, nobody is
 * told twice. Returns how many notices it recorded.
 */
export async function noticeApprovers(
  deps: { db: Db; write: Writer; wake: () => void },
  nowIso: string,
): Promise<number> {
  const { db } = deps;
  const settings = await readMailSettingsRow(db);
  const office = await db
    .selectFrom('office')
    .select(['agency_name', 'default_language', 'time_zone', 'approval_reminder_minutes', 'approval_stand_in_minutes'])
    .executeTakeFirst();
  // Without a mail server nothing could go; the requests go once one is set up.
  if (!settings || !office) return 0;
  let recorded = 0;
  for (const waiting of await waitingSteps(db)) {
    const minutes = (Date.parse(nowIso) - Date.parse(waiting.notice.waitingSince)) / 60_000;
    const kinds: NoticeKind[] = ['request'];
    if (waiting.crisisOpen && office.approval_reminder_minutes > 0 && minutes >= office.approval_reminder_minutes)
      kinds.push('reminder');
    if (waiting.crisisOpen && office.approval_stand_in_minutes > 0 && minutes >= office.approval_stand_in_minutes)
      kinds.push('standIn');
    for (const due of await dueNotices(db, waiting, kinds, nowIso)) {
      const told = await deps.write(systemActor, (w) =>
        recordNotice(w, settings, waiting, due, {
          language: office.default_language === 'en' ? 'en' : 'id',
          zone: office.time_zone,
          agencyName: office.agency_name,
        }),
      );
      if (told) recorded += 1;
    }
  }
  if (recorded > 0) deps.wake();
  return recorded;
}

/** Every statement in review at the step it waits at, since when, and what its notices say. */
async function waitingSteps(db: Db): Promise<Waiting[]> {
  const statements = await db
    .selectFrom('statement')
    .select(['id', 'title', 'kind', 'current_revision_id', 'revision_no', 'chain_json'])
    .where('status', '=', 'in_review')
    .execute();
  if (statements.length === 0) return [];
  const ids = statements.map((row) => row.id);
  const decisions = await db
    .selectFrom('statement_approval')
    .select(['statement_id', 'step_index', 'outcome', 'revision_id', 'voided_at', 'decided_at'])
    .where('statement_id', 'in', ids)
    .execute();
  const submissions = await db
    .selectFrom('audit_log')
    .innerJoin('account', 'account.id', 'audit_log.actor_id')
    .select(['audit_log.entity_id', 'audit_log.at', 'audit_log.actor_id', 'account.full_name'])
    .where('audit_log.action', '=', 'statement.submitted')
    .where('audit_log.entity_id', 'in', ids)
    .orderBy('audit_log.seq')
    .execute();
  const crises = await db
    .selectFrom('crisis_statement')
    .innerJoin('crisis', 'crisis.id', 'crisis_statement.crisis_id')
    .select(['crisis_statement.statement_id', 'crisis.title', 'crisis.status'])
    .where('crisis_statement.statement_id', 'in', ids)
    .execute();
  const revisions = await db
    .selectFrom('statement_revision')
    .select(['id', 'hash'])
    .where(
      'id',
      'in',
      statements.map((row) => row.current_revision_id),
    )
    .execute();
  const result: Waiting[] = [];
  for (const row of statements) {
    // The newest submission began this round (a statement submitted again starts a new one).
    const submission = submissions.filter((entry) => entry.entity_id === row.id).at(-1);
    if (!submission?.actor_id) continue;
    const chain: RoundStep[] = parseChain(row);
    const standing = decisions
      .filter((decision) => decision.statement_id === row.id && decision.voided_at === null)
      .map((decision) => ({
        stepIndex: decision.step_index,
        outcome: decision.outcome,
        revisionId: decision.revision_id,
        voidedAt: decision.voided_at,
        decidedAt: decision.decided_at,
      }));
    const stepIndex = pendingStepIndex(chain, standing, row.current_revision_id);
    if (stepIndex === null) continue;
    // The step began with the round, or when the step before it was approved.
    const approvedBefore = standing
      .filter(
        (decision) =>
          decision.outcome === 'approved' &&
          decision.revisionId === row.current_revision_id &&
          decision.stepIndex < stepIndex &&
          decision.decidedAt >= submission.at,
      )
      .map((decision) => decision.decidedAt)
      .sort();
    const crisis = crises.find((entry) => entry.statement_id === row.id);
    result.push({
      id: row.id,
      revisionId: row.current_revision_id,
      roundStartedAt: submission.at,
      stepIndex,
      crisisOpen: crisis?.status === 'open',
      submittedById: submission.actor_id,
      notice: {
        statement: {
          title: row.title,
          kind: row.kind,
          revisionNo: row.revision_no,
          revisionHash: revisions.find((revision) => revision.id === row.current_revision_id)?.hash ?? '',
        },
        crisis: crisis?.title ?? null,
        submittedBy: submission.full_name,
        step: { index: stepIndex, of: chain.length, roles: chain[stepIndex]!.roles },
        waitingSince: approvedBefore.at(-1) ?? submission.at,
      },
    });
  }
  return result;
}

/**
 * Who is owed which of `kinds` and has not had it: the step's role holders (requests and
 * reminders) and those standing in for them now (stand-in notices), never an author of the text.
 */
async function dueNotices(db: Db, waiting: Waiting, kinds: NoticeKind[], nowIso: string): Promise<Due[]> {
  // Never an author of the text, nor someone who decided an earlier step of this round.
  const authors = await notDeciders(db, waiting.id, waiting.notice.statement.revisionNo);
  const people = ['account.id', 'account.full_name', 'account.username', 'account.email'] as const;
  const holders = (
    await db
      .selectFrom('account_role')
      .innerJoin('account', 'account.id', 'account_role.account_id')
      .select(people)
      .where('account_role.role', 'in', waiting.notice.step.roles)
      .where('account.active', '=', 1)
      .distinct()
      .orderBy('account.id')
      .execute()
  ).filter((holder) => !authors.has(holder.id));
  const told = await db
    .selectFrom('approval_notice')
    .select(['kind', 'account_id'])
    .where('statement_id', '=', waiting.id)
    .where('round_started_at', '=', waiting.roundStartedAt)
    .where('step_index', '=', waiting.stepIndex)
    .execute();
  const owed = (kind: NoticeKind, accountId: string) =>
    kinds.includes(kind) && !told.some((notice) => notice.kind === kind && notice.account_id === accountId);
  const toAccount = (row: { id: string; full_name: string; username: string; email: string }) => ({
    id: row.id,
    fullName: row.full_name,
    username: row.username,
    email: row.email,
  });
  const due: Due[] = [];
  for (const holder of holders) {
    if (owed('request', holder.id)) due.push({ kind: 'request', account: toAccount(holder), insteadOf: null });
    if (owed('reminder', holder.id)) due.push({ kind: 'reminder', account: toAccount(holder), insteadOf: null });
  }
  if (kinds.includes('standIn') && holders.length > 0) {
    const standIns = await db
      .selectFrom('approval_stand_in')
      .innerJoin('account', 'account.id', 'approval_stand_in.stand_in_id')
      .innerJoin('account as principal', 'principal.id', 'approval_stand_in.account_id')
      .select([...people, 'principal.full_name as principal'])
      .where(
        'approval_stand_in.account_id',
        'in',
        holders.map((holder) => holder.id),
      )
      .where('approval_stand_in.starts_at', '<=', nowIso)
      .where('approval_stand_in.ends_at', '>', nowIso)
      .where('approval_stand_in.revoked_at', 'is', null)
      .where('account.active', '=', 1)
      .orderBy('account.id')
      .execute();
    for (const standIn of standIns) {
      if (authors.has(standIn.id) || !owed('standIn', standIn.id)) continue;
      if (due.some((item) => item.kind === 'standIn' && item.account.id === standIn.id)) continue;
      due.push({ kind: 'standIn', account: toAccount(standIn), insteadOf: standIn.principal });
    }
  }
  return due;
}

/**
 * Records one notice and queues its e-mail, in one write. The unique key decides between desks
 * looking at once: the second insert finds the first and does nothing. False when already told.
 */
async function recordNotice(
  w: WriteScope,
  settings: MailSettingsRow,
  waiting: Waiting,
  due: Due,
  office: Pick<ApproverNotice, 'language' | 'zone' | 'agencyName'>,
): Promise<boolean> {
  const { trx, at } = w;
  const id = newId();
  const inserted = await trx
    .insertInto('approval_notice')
    .values({
      id,
      statement_id: waiting.id,
      revision_id: waiting.revisionId,
      round_started_at: waiting.roundStartedAt,
      step_index: waiting.stepIndex,
      kind: due.kind,
      account_id: due.account.id,
      distribution_id: null,
      created_at: at,
    })
    .onConflict((conflict) =>
      conflict.columns(['statement_id', 'round_started_at', 'step_index', 'kind', 'account_id']).doNothing(),
    )
    .returning('id')
    .executeTakeFirst();
  if (!inserted) return false;
  const address = due.account.email.trim();
  let jobId: string | null = null;
  if (address) {
    jobId = newId();
    const content = approverNoticeContent({
      ...waiting.notice,
      ...office,
      kind: due.kind,
      recipient: { fullName: due.account.fullName, username: due.account.username },
      insteadOf: due.insteadOf,
    });
    await trx
      .insertInto('distribution')
      .values({
        id: jobId,
        request_id: `notice:${id}`,
        kind: 'notice',
        statement_id: null,
        revision_id: null,
        revision_hash: null,
        conference_id: null,
        payload_json: JSON.stringify(content),
        channels_json: '["email"]',
        attachment: 'none',
        audience_json: JSON.stringify({ accountId: due.account.id }),
        status: 'sending',
        pause_reason: null,
        pause_detail: null,
        resume_at: null,
        not_before: at,
        deadline_at: new Date(Date.parse(at) + settings.retry_hours * 3_600_000).toISOString(),
        recipient_count: 1,
        created_by: waiting.submittedById,
        created_at: at,
        updated_at: at,
        completed_at: null,
        // A crisis's approvals are the golden hour's: their notices go ahead like its releases.
        priority: waiting.crisisOpen ? 1 : 0,
      })
      .execute();
    await insertOutboxRows(
      trx,
      jobId,
      [{ contactId: null, name: due.account.fullName, address }],
      settings.from_address,
      at,
      at,
    );
    await trx.updateTable('approval_notice').set({ distribution_id: jobId }).where('id', '=', id).execute();
  }
  await w.audit('statement.approverNotified', 'statement', waiting.id, {
    kind: due.kind,
    step: waiting.stepIndex + 1,
    accountId: due.account.id,
    emailed: jobId !== null,
  });
  return true;
}
