import type { Transporter } from 'nodemailer';
import type { Logger } from '../kernel/dispatcher';
import type { Store } from '../db/store';
import { systemActor, type Writer, type WriteScope } from '../kernel/writeScope';
import type { EventBus } from '../kernel/eventBus';
import type { SecretStore } from '../security/secretStore';
import { outputInput } from '../statements/exportService';
import type { StatementHooks } from '../statements/statementHooks';
import { releaseIfApproved } from '../statements/release';
import { backoffDelay, defaultBackoff, type BackoffPolicy } from './backoff';
import { composeMessage, mailContent, type MailContent } from './mailMessage';
import { readMailSettingsRow, type MailSettingsRow } from './mailSettings';
import { mailTransport } from './mailTransport';
import type { ProgressEmitter } from './progress';
import { RateLimiter } from './rateLimiter';
import { classifySendError, type SendFailure } from './smtpErrors';
import { settleJobs } from './jobState';

export interface SenderOptions {
  /** Waits between attempts of one recipient after temporary failures. */
  backoff?: BackoffPolicy;
  /** Waits before a job paused by an unreachable server tries again by itself. */
  reconnectBackoff?: BackoffPolicy;
  /** The windows of the per-minute and per-day limits (tests shorten them). */
  minuteMs?: number;
  dayMs?: number;
  /** Messages on their way at once (the pool keeps 5 connections). */
  maxInFlight?: number;
  /** Off: nothing is sent until start() (the CLI and tests that only inspect the outbox). */
  autoStart?: boolean;
}

interface Claimed {
  id: string;
  distributionId: string;
  name: string | null;
  address: string;
  messageId: string;
  attempts: number;
}

type Outcome = { kind: 'sent'; reply: string } | ({ kind: 'failed' } & SendFailure);

interface Result {
  row: Claimed;
  outcome: Outcome;
  finishedAt: number;
}

const claimable = `('queued', 'retry', 'unknown')`;
/** Statuses in which the approved revision may still go out. */
const sendableStatuses = new Set(['approved', 'released']);

/**
 * The sender: claims due outbox rows, sends each through a pooled transport, records each
 * result. See README.md beside this file for the states and the crash guarantees.
 *
 * Every write is a short transaction of its own; the SMTP conversation happens outside any
 * transaction (a slow server never holds the database). A row is marked `sending` before its
 * message leaves and `sent` after the server accepted it: a process that dies in between leaves
 * `sending`, which the next start turns into `unknown` and sends again with the same Message-ID.
 */
export function createOutboxSender(deps: {
  store: Store;
  events: EventBus;
  now: () => Date;
  write: Writer;
  /**
   * The message of one invitation job's recipient, from the job's snapshot (conferences make
   * it: the outbox sends what another domain wrote, without knowing that domain).
   */
  invitationContent: (payload: unknown, recipient: { name: string | null; address: string }) => MailContent;
  secrets: SecretStore;
  statementHooks: StatementHooks;
  logger: Logger;
  progress: ProgressEmitter;
  options?: SenderOptions;
}) {
  const { db, sqlite } = deps.store.connection;
  const options = deps.options ?? {};
  const backoff = options.backoff ?? defaultBackoff;
  const reconnect = options.reconnectBackoff ?? { baseMs: 60_000, maxMs: 30 * 60_000 };
  // Enough on the way to keep every pooled connection busy while results are recorded.
  const maxInFlight = options.maxInFlight ?? 40;
  const clock = () => deps.now().getTime();
  const iso = (ms: number) => new Date(ms).toISOString();

  let transport: { settingsKey: string; transporter: Transporter; settings: MailSettingsRow } | undefined;
  let limiter: RateLimiter | undefined;
  let limiterKey = '';
  const contents = new Map<string, Promise<MailContent>>();
  const jobOf = sqlite.prepare(
    `select kind, statement_id, revision_id, revision_hash, attachment, payload_json from distribution where id = ?`,
  );
  const invitations = new Map<string, unknown>();
  const pauseCounts = new Map<string, number>();
  const results: Result[] = [];
  const inFlight = new Set<Promise<void>>();
  let running = false;
  let pumping = false;
  let pumpAgain = false;
  let timer: NodeJS.Timeout | undefined;
  let flushTimer: NodeJS.Timeout | undefined;
  let flushing: Promise<void> = Promise.resolve();
  // Erasure is rare: look for erased recipients at start and after a contact changed, not each pass.
  let erasedCheck = true;
  const unsubscribe = deps.events.subscribe((event) => {
    if (event.event !== 'contacts.changed') return;
    erasedCheck = true;
    if (running) schedule(0);
  });

  async function currentTransport(): Promise<{ transporter: Transporter; settings: MailSettingsRow } | null> {
    const settings = await readMailSettingsRow(db);
    if (!settings) return null;
    const key = JSON.stringify(settings);
    if (transport && transport.settingsKey === key) return transport;
    transport?.transporter.close();
    const password = await deps.secrets.read('smtpPassword');
    transport = { settingsKey: key, transporter: mailTransport(settings, password, { pool: true }), settings };
    return transport;
  }

  function currentLimiter(settings: MailSettingsRow): RateLimiter {
    const key = `${settings.per_minute}/${settings.per_day}`;
    if (limiter && limiterKey === key) return limiter;
    const limits = [];
    if (settings.per_minute) limits.push({ count: settings.per_minute, windowMs: options.minuteMs ?? 60_000 });
    if (settings.per_day) limits.push({ count: settings.per_day, windowMs: options.dayMs ?? 86_400_000 });
    const next = new RateLimiter(limits);
    // A restart (or a changed limit) must not forget what went out in the last day.
    const since = iso(clock() - Math.max(0, ...limits.map((limit) => limit.windowMs)));
    const recent = sqlite
      .prepare(
        `select updated_at from outbox where last_attempt_at is not null and updated_at >= ? and status in ('sent', 'failed', 'retry')`,
      )
      .pluck()
      .all(since) as string[];
    next.seed(recent.map((at) => Date.parse(at)));
    limiter = next;
    limiterKey = key;
    return next;
  }

  function contentFor(
    distributionId: string,
    statementId: string,
    revisionId: string,
    hash: string,
    attachment: string,
  ) {
    let content = contents.get(distributionId);
    if (!content) {
      content = outputInput(db, statementId, revisionId).then((input) =>
        mailContent(input, hash, attachment as 'none' | 'pdf' | 'docx'),
      );
      content.catch(() => contents.delete(distributionId));
      contents.set(distributionId, content);
    }
    return content;
  }

  /** Scheduled jobs whose time came, and jobs paused by an unreachable server whose wait is over. */
  async function wakeJobs(nowIso: string): Promise<void> {
    const due = await db
      .selectFrom('distribution')
      .select(['id', 'statement_id', 'status'])
      .where((eb) =>
        eb.or([
          eb.and([eb('status', '=', 'scheduled'), eb('not_before', '<=', nowIso)]),
          eb.and([eb('status', '=', 'paused'), eb('resume_at', 'is not', null), eb('resume_at', '<=', nowIso)]),
        ]),
      )
      .execute();
    if (due.length === 0) return;
    await deps.write(systemActor, async ({ trx, afterCommit }) => {
      for (const job of due) {
        await trx
          .updateTable('distribution')
          .set({ status: 'sending', pause_reason: null, pause_detail: null, resume_at: null, updated_at: nowIso })
          .where('id', '=', job.id)
          .where('status', '=', job.status)
          .execute();
        afterCommit(() => deps.progress(job.id));
      }
    });
  }

  /** Refuses to send a revision that is no longer the approved one: the job stops and says why. */
  async function checkStatements(nowIso: string): Promise<void> {
    const stale = await db
      .selectFrom('distribution')
      .innerJoin('statement', 'statement.id', 'distribution.statement_id')
      .select([
        'distribution.id',
        'distribution.created_by',
        'statement.status',
        'statement.current_revision_id',
        'distribution.revision_id',
      ])
      .where('distribution.status', '=', 'sending')
      .execute();
    const blocked = stale.filter(
      (job) => !sendableStatuses.has(job.status) || job.current_revision_id !== job.revision_id,
    );
    if (blocked.length === 0) return;
    await deps.write(systemActor, async (w) => {
      for (const job of blocked) {
        await pauseJob(w, job.id, job.created_by, 'statementChanged', `statement ${job.status}`, null, nowIso);
        w.afterCommit(() => deps.progress(job.id));
      }
    });
  }

  async function pauseJob(
    w: WriteScope,
    id: string,
    actorId: string | null,
    reason: string,
    detail: string,
    resumeAt: string | null,
    at: string,
  ): Promise<void> {
    const changed = await w.trx
      .updateTable('distribution')
      .set({
        status: 'paused',
        pause_reason: reason,
        pause_detail: detail.slice(0, 1000),
        resume_at: resumeAt,
        updated_at: at,
      })
      .where('id', '=', id)
      .where('status', '=', 'sending')
      .executeTakeFirst();
    if (Number(changed.numUpdatedRows) === 0) return;
    await w.audit('distribution.paused', 'distribution', id, { reason, automatic: true, resumeAt }, actorId);
  }

  /** Recipients whose retries ran past the job's deadline fail for good, with the last reply;
   * recipients erased (UU 27/2022) before their message went out are never sent. */
  async function expire(nowIso: string): Promise<void> {
    const erased = !erasedCheck
      ? []
      : (sqlite
          .prepare(`select distinct distribution_id from outbox where address is null and status in ${claimable}`)
          .pluck()
          .all() as string[]);
    erasedCheck = false;
    if (erased.length > 0) {
      await deps.write(systemActor, async (scope) => {
        sqlite
          .prepare(
            `update outbox set status = 'cancelled', reason = 'erased', updated_at = ? where address is null and status in ${claimable}`,
          )
          .run(nowIso);
        await settleJobs(scope, erased, nowIso, deps.statementHooks);
      });
    }
    const expired = prepared.expiredRows.all(nowIso) as { id: string; distribution_id: string }[];
    if (expired.length === 0) return;
    const jobs = [...new Set(expired.map((row) => row.distribution_id))];
    await deps.write(systemActor, async (scope) => {
      for (const row of expired) prepared.expireRow.run(nowIso, row.id);
      await settleJobs(scope, jobs, nowIso, deps.statementHooks);
      scope.afterCommit(() => jobs.forEach((id) => deps.progress(id)));
    });
  }

  // One indexed walk per status (outbox_due is (status, next_attempt_at)): no sort of every
  // waiting row on each claim. Rows that may already have arrived (unknown) go first.
  const claimOrder = ['unknown', 'retry', 'queued'] as const;
  const dueRows = sqlite.prepare(
    `select o.id, o.distribution_id as distributionId, o.recipient_name as name, o.address, o.message_id as messageId, o.attempts
     from outbox o join distribution d on d.id = o.distribution_id
     where o.status = ? and o.next_attempt_at <= ? and d.status = 'sending' and o.address is not null
     order by o.next_attempt_at limit ?`,
  );
  // A crisis release (priority > 0) goes ahead of everything else waiting: driven from its job,
  // so the walk does not wade through a large ordinary job's rows to find it.
  const priorityDueRows = sqlite.prepare(
    `select o.id, o.distribution_id as distributionId, o.recipient_name as name, o.address, o.message_id as messageId, o.attempts
     from distribution d cross join outbox o on o.distribution_id = d.id
     where d.status = 'sending' and d.priority > 0 and o.status = ? and o.next_attempt_at <= ? and o.address is not null
     order by d.priority desc, o.next_attempt_at limit ?`,
  );
  const markSending = sqlite.prepare(
    `update outbox set status = 'sending', attempts = attempts + 1, last_attempt_at = ?, updated_at = ? where id = ?`,
  );

  // Statements of the loop's hot path, compiled once (a 10,000-recipient job makes hundreds of passes).
  const prepared = {
    expiredRows: sqlite.prepare(
      `select o.id, o.distribution_id from outbox o join distribution d on d.id = o.distribution_id
       where o.status = 'retry' and d.deadline_at <= ? limit 1000`,
    ),
    expireRow: sqlite.prepare(
      `update outbox set status = 'failed', reason = 'deadlineExpired', updated_at = ? where id = ? and status = 'retry'`,
    ),
    sent: sqlite.prepare(
      `update outbox set status = 'sent', sent_at = ?, reply = ?, reason = null, updated_at = ? where id = ?`,
    ),
    failed: sqlite.prepare(`update outbox set status = 'failed', reason = ?, reply = ?, updated_at = ? where id = ?`),
    retry: sqlite.prepare(
      `update outbox set status = ?, reason = ?, reply = ?, next_attempt_at = ?, updated_at = ? where id = ?`,
    ),
    requeue: sqlite.prepare(
      `update outbox set status = 'queued', attempts = attempts - 1, reason = ?, reply = ?, updated_at = ? where id = ?`,
    ),
    touched: sqlite.prepare(
      `update contact set last_contacted_at = ? where id = (select contact_id from outbox where id = ?)`,
    ),
    nextDue: sqlite
      .prepare(
        `select min(at) from (
           select min(o.next_attempt_at) as at from outbox o join distribution d on d.id = o.distribution_id
             where o.status in ${claimable} and d.status = 'sending' and o.address is not null
           union all select min(not_before) from distribution where status = 'scheduled'
           union all select min(resume_at) from distribution where status = 'paused' and resume_at is not null
           union all select min(deadline_at) from distribution where status = 'sending')`,
      )
      .pluck(),
  };

  async function claim(limit: number, nowIso: string): Promise<Claimed[]> {
    return deps.write(systemActor, async () => {
      const rows: Claimed[] = [];
      for (const query of [priorityDueRows, dueRows]) {
        for (const status of claimOrder) {
          if (rows.length >= limit) break;
          const batch = query.all(status, nowIso, limit - rows.length) as Claimed[];
          // Marked at once, so the ordinary walk after the priority one does not find them again.
          for (const row of batch) {
            markSending.run(nowIso, nowIso, row.id);
            row.attempts += 1;
          }
          rows.push(...batch);
        }
      }
      return rows;
    });
  }

  function send(
    row: Claimed,
    active: { transporter: Transporter; settings: MailSettingsRow },
    rate: RateLimiter,
  ): void {
    const slot = rate.start();
    const task = (async () => {
      let outcome: Outcome;
      try {
        const job = jobOf.get(row.distributionId) as {
          kind: string;
          statement_id: string;
          revision_id: string;
          revision_hash: string;
          attachment: string;
          payload_json: string | null;
        };
        let content: MailContent;
        if (job.kind === 'invitation') {
          // The calendar file names its attendee: made per recipient from the job's snapshot.
          let payload = invitations.get(row.distributionId);
          if (!payload) {
            payload = JSON.parse(job.payload_json ?? '{}') as unknown;
            invitations.set(row.distributionId, payload);
          }
          content = deps.invitationContent(payload, { name: row.name, address: row.address });
        } else {
          content = await contentFor(
            row.distributionId,
            job.statement_id,
            job.revision_id,
            job.revision_hash,
            job.attachment,
          );
        }
        const info = await active.transporter.sendMail(composeMessage(active.settings, content, row, row.messageId));
        const refused = info.rejected?.length ?? 0;
        outcome =
          refused > 0
            ? { kind: 'failed', outcome: 'fail', reason: 'rejected', detail: String(info.response ?? '') }
            : { kind: 'sent', reply: String(info.response ?? '') };
      } catch (error) {
        outcome = { kind: 'failed', ...classifySendError(error) };
      }
      const finishedAt = clock();
      slot.finish(finishedAt);
      results.push({ row, outcome, finishedAt });
      scheduleFlush();
    })();
    inFlight.add(task);
    void task.finally(() => {
      inFlight.delete(task);
      // Claim again once half the room is free: one pass per batch, not one per message.
      if (inFlight.size <= maxInFlight / 2) schedule(0);
    });
  }

  function scheduleFlush(): void {
    if (results.length >= 50) {
      void flush();
      return;
    }
    flushTimer ??= setTimeout(() => {
      flushTimer = undefined;
      void flush();
    }, 25);
  }

  /** Writes buffered results in one transaction; serialized so two flushes never interleave. */
  function flush(): Promise<void> {
    flushing = flushing.then(async () => {
      if (results.length === 0) return;
      const batch = results.splice(0, results.length);
      try {
        await writeResults(batch);
      } catch (error) {
        // Never lose a result: put it back and try again shortly.
        results.unshift(...batch);
        deps.logger.error('recording send results failed; retrying', error);
        setTimeout(() => void flush(), 1000).unref?.();
      }
    });
    return flushing;
  }

  async function writeResults(batch: Result[]): Promise<void> {
    const at = iso(clock());
    const jobs = new Set(batch.map((result) => result.row.distributionId));
    await deps.write(systemActor, async (scope) => {
      const jobRows = sqlite
        .prepare(
          `select id, status, deadline_at, created_by, statement_id from distribution where id in (${[...jobs].map(() => '?').join(',')})`,
        )
        .all(...jobs) as {
        id: string;
        status: string;
        deadline_at: string;
        created_by: string;
        statement_id: string | null;
      }[];
      const jobById = new Map(jobRows.map((job) => [job.id, job]));
      const { sent, failed, retry, requeue, touched } = prepared;
      const pauses = new Map<string, SendFailure>();
      /** Per job, when the server first accepted one of its messages in this batch. */
      const firstAccepted = new Map<string, number>();
      for (const { row, outcome, finishedAt } of batch) {
        const job = jobById.get(row.distributionId);
        if (outcome.kind === 'sent') {
          sent.run(iso(finishedAt), outcome.reply.slice(0, 1000), at, row.id);
          touched.run(iso(finishedAt), row.id);
          const first = firstAccepted.get(row.distributionId);
          if (first === undefined || finishedAt < first) firstAccepted.set(row.distributionId, finishedAt);
          continue;
        }
        if (outcome.outcome === 'fail') {
          failed.run(outcome.reason, outcome.detail, at, row.id);
        } else if (outcome.outcome === 'pause') {
          // The server could not be used: nobody was tried, the row waits for the job to resume.
          requeue.run(outcome.reason, outcome.detail, at, row.id);
          pauses.set(row.distributionId, outcome);
        } else {
          const next = finishedAt + backoffDelay(row.attempts, backoff);
          const cancelled = job?.status === 'cancelled';
          const late = job ? iso(next) > job.deadline_at : false;
          if (cancelled) retry.run('cancelled', outcome.reason, outcome.detail, iso(next), at, row.id);
          else if (late) failed.run('deadlineExpired', outcome.detail, at, row.id);
          else retry.run('retry', outcome.reason, outcome.detail, iso(next), at, row.id);
        }
      }
      for (const [id, failure] of pauses) {
        const job = jobById.get(id);
        const count = (pauseCounts.get(id) ?? 0) + 1;
        pauseCounts.set(id, count);
        const resumeAt = failure.reason === 'smtpUnreachable' ? iso(clock() + backoffDelay(count, reconnect)) : null;
        await pauseJob(scope, id, job?.created_by ?? null, failure.reason, failure.detail, resumeAt, at);
      }
      if (pauses.size > 0) {
        // A fresh pool next time: the old one may hold sockets to a server that went away.
        transport?.transporter.close();
        transport = undefined;
      }
      // The statement is out the moment the first journalist's server accepted it: that is its
      // release time (the golden hour's clock stops there), while the rest are still being sent.
      for (const [id, acceptedAt] of firstAccepted) {
        const job = jobById.get(id);
        if (job?.statement_id) {
          await releaseIfApproved(
            scope,
            job.statement_id,
            { byAccountId: job.created_by, at: iso(acceptedAt), distributionId: id },
            deps.statementHooks,
          );
        }
      }
      const completed = await settleJobs(scope, [...jobs], at, deps.statementHooks);
      for (const id of completed) {
        contents.delete(id);
        invitations.delete(id);
        pauseCounts.delete(id);
      }
    });
    for (const id of jobs) deps.progress(id);
    // A retry now has a time, or a job paused: the loop may have gone to sleep before these rows
    // left `sending`, so it must look again (otherwise it would wake only at its next timer).
    if (batch.some((result) => result.outcome.kind !== 'sent')) schedule(0);
  }

  /** The loop: one pass claims what may go now, then sleeps until the next thing is due. */
  async function pump(): Promise<void> {
    if (!running) return;
    if (pumping) {
      pumpAgain = true;
      return;
    }
    pumping = true;
    try {
      do {
        pumpAgain = false;
        await passOnce();
      } while (pumpAgain && running);
    } catch (error) {
      deps.logger.error('the outbox sender failed; trying again shortly', error);
      schedule(5000);
    } finally {
      pumping = false;
    }
  }

  async function passOnce(): Promise<void> {
    const nowMs = clock();
    const nowIso = iso(nowMs);
    await wakeJobs(nowIso);
    await checkStatements(nowIso);
    await expire(nowIso);
    const active = await currentTransport();
    if (!active) {
      // No server is set up (a job cannot be created without one): look again later.
      schedule(60_000);
      return;
    }
    const rate = currentLimiter(active.settings);
    const room = Math.min(maxInFlight - inFlight.size, rate.available(nowMs));
    let claimed = 0;
    if (room > 0) {
      const rows = await claim(room, nowIso);
      for (const row of rows) send(row, active, rate);
      claimed = rows.length;
      if (claimed === room && inFlight.size < maxInFlight) pumpAgain = true;
    }
    // Full hands: each finished message wakes the loop. Otherwise sleep until something is due
    // (never a busy loop on rows that are due but cannot go yet).
    if (inFlight.size >= maxInFlight) return;
    const rateFree = rate.available(clock()) === 0 ? rate.nextFree(clock()) : null;
    if (rate.available(clock()) === 0 && rateFree === null) return;
    schedule(claimed === room && room > 0 ? 0 : nextDue(nowIso, rateFree));
  }

  /** Milliseconds until the next row, scheduled job, automatic resume or free rate slot. */
  function nextDue(nowIso: string, rateFree: number | null): number {
    const next = prepared.nextDue.get() as string | null;
    const nowMs = Date.parse(nowIso);
    let at = next ? Date.parse(next) : Number.POSITIVE_INFINITY;
    if (rateFree !== null) at = Math.max(at, rateFree);
    if (!Number.isFinite(at)) return 60_000;
    return Math.min(60_000, Math.max(0, at - nowMs));
  }

  function schedule(delayMs: number): void {
    if (!running) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      void pump();
    }, delayMs);
  }

  /** Rows in flight when the last process died: their fate is unknown, so they are sent again. */
  async function recover(): Promise<void> {
    const at = iso(clock());
    await deps.write(systemActor, async (w) => {
      const stuck = sqlite
        .prepare(
          `select distribution_id as id, count(*) as n from outbox where status = 'sending' group by distribution_id`,
        )
        .all() as { id: string; n: number }[];
      if (stuck.length === 0) return;
      sqlite
        .prepare(`update outbox set status = 'unknown', reason = null, updated_at = ? where status = 'sending'`)
        .run(at);
      for (const job of stuck) {
        await w.audit('distribution.recovered', 'distribution', job.id, { unknown: job.n }, null);
      }
    });
  }

  return {
    async start(): Promise<void> {
      if (running) return;
      await recover();
      running = true;
      schedule(0);
    },
    /** Something changed (a new job, a resume, new settings): look again now. */
    wake(): void {
      schedule(0);
    },
    /** New server settings: the next message uses a fresh pool and the new limits. */
    settingsChanged(): void {
      transport?.transporter.close();
      transport = undefined;
      limiter = undefined;
      schedule(0);
    },
    /** Stops claiming, lets messages already on their way finish, and records their results. */
    async stop(): Promise<void> {
      running = false;
      unsubscribe();
      if (timer) clearTimeout(timer);
      await Promise.allSettled([...inFlight]);
      if (flushTimer) clearTimeout(flushTimer);
      flushTimer = undefined;
      await flush();
      transport?.transporter.close();
      transport = undefined;
    },
    get autoStart(): boolean {
      return options.autoStart ?? true;
    },
  };
}

export type OutboxSender = ReturnType<typeof createOutboxSender>;
