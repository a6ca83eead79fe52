import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { createDistributionSchema } from '../../../shared/ipc/distribution';
import type { Database } from '../db/schema';
import type { SessionActor } from '../kernel/context';
import { conflict, notFound } from '../kernel/errors';
import { newId } from '../kernel/ids';
import type { WriteScope } from '../kernel/writeScope';
import type { StatementHooks } from '../statements/statementHooks';
import { findStatementRow } from '../statements/statementRepository';
import { resolveAudience } from './audience';
import { settleJobs } from './jobState';
import { readMailSettingsRow } from './mailSettings';
import { insertOutboxRows } from './outboxRows';
import { wakeAfterCommit, type OutboxWake } from './outboxWake';

export type CreateInput = z.output<typeof createDistributionSchema>;

/** What a write that starts or changes a statement's sending needs beyond its scope. */
export interface ReleaseContext {
  outbox: OutboxWake;
  /** A job without e-mail completes at once and so releases the statement (statements' release hooks run). */
  hooks: StatementHooks;
}

/** Only an approved revision goes out; a released one may go out again (to more people). */
export const distributable = new Set(['approved', 'released']);

/** The statement as it may be distributed: approved (or released), and still this revision. */
export async function distributableStatement(trx: Kysely<Database>, statementId: string, revisionId?: string) {
  const row = await findStatementRow(trx, statementId);
  if (!row) throw notFound('statement', statementId);
  if (!distributable.has(row.status)) {
    throw conflict('notApproved', 'Only an approved statement can be distributed', { status: row.status });
  }
  if (revisionId && row.current_revision_id !== revisionId) {
    throw conflict('staleRevision', 'The statement changed after this preview', { revisionNo: row.revision_no });
  }
  return row;
}

/** The job a request already created, if any (a retried click creates nothing twice). */
export async function jobOfRequest(db: Kysely<Database>, requestId: string): Promise<string | undefined> {
  const job = await db.selectFrom('distribution').select('id').where('request_id', '=', requestId).executeTakeFirst();
  return job?.id;
}

/**
 * One job for an approved revision: the job, one outbox row per recipient, the audit event. A
 * release of a statement in an open crisis goes ahead of everything else in the outbox
 * (priority 1). Refuses (before writing anything) without a mail server or anybody reachable.
 */
export async function createReleaseJob(
  w: WriteScope<SessionActor>,
  ctx: ReleaseContext,
  input: Omit<CreateInput, 'audience'> & { audience: Required<CreateInput['audience']> },
  today: string,
): Promise<string> {
  const { trx, now, at } = w;
  const email = input.channels.includes('email');
  const statement = await distributableStatement(trx, input.statementId, input.revisionId);
  const revision = await trx
    .selectFrom('statement_revision')
    .select(['hash'])
    .where('id', '=', statement.current_revision_id)
    .executeTakeFirstOrThrow();
  const settingsRow = email ? await readMailSettingsRow(trx) : undefined;
  if (email && !settingsRow) throw conflict('smtpNotConfigured', 'No mail server is set up');
  const recipients = email ? (await resolveAudience(trx, input.audience, today)).recipients : [];
  if (email && recipients.length === 0) throw conflict('noRecipients', 'Nobody chosen can receive e-mail');

  const notBefore = [at, input.sendAt, statement.embargo_at]
    .filter((v): v is string => !!v)
    .sort()
    .at(-1)!;
  const retryHours = settingsRow?.retry_hours ?? 24;
  const deadline = new Date(Math.max(Date.parse(notBefore), now.getTime()) + retryHours * 3_600_000).toISOString();
  const inOpenCrisis = await trx
    .selectFrom('crisis_statement')
    .innerJoin('crisis', 'crisis.id', 'crisis_statement.crisis_id')
    .select('crisis.id')
    .where('crisis_statement.statement_id', '=', statement.id)
    .where('crisis.status', '=', 'open')
    .executeTakeFirst();
  const jobId = newId();
  await trx
    .insertInto('distribution')
    .values({
      id: jobId,
      request_id: input.requestId,
      kind: 'statement',
      conference_id: null,
      payload_json: null,
      statement_id: statement.id,
      revision_id: statement.current_revision_id,
      revision_hash: revision.hash,
      channels_json: JSON.stringify(input.channels),
      attachment: email ? input.attachment : 'none',
      audience_json: JSON.stringify(input.audience),
      status: notBefore > at ? 'scheduled' : 'sending',
      pause_reason: null,
      pause_detail: null,
      resume_at: null,
      not_before: notBefore,
      deadline_at: deadline,
      recipient_count: recipients.length,
      priority: inOpenCrisis ? 1 : 0,
      created_by: w.actor.accountId,
      created_at: at,
      updated_at: at,
      completed_at: null,
    })
    .execute();
  await insertOutboxRows(trx, jobId, recipients, settingsRow?.from_address ?? '', notBefore, at);
  await w.audit('distribution.created', 'distribution', jobId, {
    statementId: statement.id,
    revisionHash: revision.hash,
    channels: input.channels,
    recipients: recipients.length,
    notBefore,
  });
  // Channels without e-mail are complete the moment they are recorded.
  if (recipients.length === 0 && notBefore <= at) {
    await trx.updateTable('distribution').set({ status: 'sending' }).where('id', '=', jobId).execute();
    await settleJobs(w, [jobId], at, ctx.hooks);
  }
  w.emit('statements.changed', { statementId: statement.id });
  wakeAfterCommit(w, ctx.outbox, jobId);
  return jobId;
}

/** A person's distribution of an approved statement; a request already carried out answers its job. */
export async function distribute(
  w: WriteScope<SessionActor>,
  ctx: ReleaseContext,
  input: CreateInput,
  today: string,
): Promise<string> {
  // Checked again inside the write: a double click racing itself finds the first job.
  return (await jobOfRequest(w.trx, input.requestId)) ?? createReleaseJob(w, ctx, input, today);
}
