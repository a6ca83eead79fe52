import type { Kysely, Transaction } from 'kysely';
import { finalOutboxStatuses, outboxStatuses, type OutboxStatus } from '../../../shared/distribution/vocabulary';
import type { OutboxCounts } from '../../../shared/ipc/distribution';
import type { Database } from '../db/schema';
import type { WriteScope } from '../kernel/writeScope';
import type { StatementHooks } from '../statements/statementHooks';
import { releaseIfApproved } from '../statements/release';

type Trx = Transaction<Database>;

export function emptyCounts(): OutboxCounts {
  return Object.fromEntries(outboxStatuses.map((status) => [status, 0])) as OutboxCounts;
}

export async function outboxCounts(trx: Trx | Kysely<Database>, ids: readonly string[]) {
  const counts = new Map<string, OutboxCounts>(ids.map((id) => [id, emptyCounts()]));
  if (ids.length === 0) return counts;
  const rows = await trx
    .selectFrom('outbox')
    .select(['distribution_id', 'status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('distribution_id', 'in', ids)
    .groupBy(['distribution_id', 'status'])
    .execute();
  for (const row of rows) {
    const entry = counts.get(row.distribution_id);
    if (entry) entry[row.status] = Number(row.n);
  }
  return counts;
}

const openOutboxStatuses = outboxStatuses.filter((status) => !finalOutboxStatuses.includes(status));

/**
 * Completes the jobs that have nothing left to try, in the caller's transaction: the job is
 * marked completed (audited with its counts). The sender releases the statement when the first
 * message is accepted; here a job with no e-mail part at all releases it as it completes (and a
 * job that reached anyone, should it not be released yet, e.g. a store restored mid-job).
 */
export async function settleJobs(
  scope: WriteScope,
  ids: readonly string[],
  at: string,
  hooks: StatementHooks,
): Promise<string[]> {
  const { trx } = scope;
  const completed: string[] = [];
  // Most calls come mid-job, with thousands of messages still to go: one index probe per job
  // says so, instead of counting every message of the job on every recorded batch.
  const settling: string[] = [];
  for (const id of ids) {
    const open = await trx
      .selectFrom('outbox')
      .select('id')
      .where('distribution_id', '=', id)
      .where('status', 'in', openOutboxStatuses)
      .limit(1)
      .executeTakeFirst();
    if (!open) settling.push(id);
  }
  const counts = await outboxCounts(trx, settling);
  for (const id of settling) {
    const job = await trx
      .selectFrom('distribution')
      .select(['status', 'statement_id', 'created_by', 'recipient_count'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!job || (job.status !== 'sending' && job.status !== 'paused')) continue;
    const count = counts.get(id) ?? emptyCounts();
    const open = Object.entries(count)
      .filter(([status]) => !finalOutboxStatuses.includes(status as OutboxStatus))
      .reduce((sum, [, n]) => sum + n, 0);
    if (open > 0) continue;
    await trx
      .updateTable('distribution')
      .set({
        status: 'completed',
        completed_at: at,
        updated_at: at,
        pause_reason: null,
        pause_detail: null,
        resume_at: null,
      })
      .where('id', '=', id)
      .execute();
    await scope.audit(
      'distribution.completed',
      'distribution',
      id,
      { statementId: job.statement_id, sent: count.sent, failed: count.failed, cancelled: count.cancelled },
      job.created_by,
    );
    if (job.statement_id && (count.sent > 0 || job.recipient_count === 0)) {
      await releaseIfApproved(scope, job.statement_id, { byAccountId: job.created_by, at, distributionId: id }, hooks);
    }
    completed.push(id);
  }
  return completed;
}
