import type { Transporter } from 'nodemailer';
import type { Logger } from '../kernel/dispatcher';
import { dialectOf } from '../db/dialect';
import type { Store } from '../db/store';
import { type Writer } from '../kernel/writeScope';
import type { EventBus } from '../kernel/eventBus';
import type { SecretStore } from '../security/secretStore';
import { outputInput } from '../statements/exportService';
import type { StatementHooks } from '../statements/statementHooks';
import { defaultBackoff, type BackoffPolicy } from './backoff';
import { composeMessage, mailContent, type MailContent } from './mailMessage';
import { readMailSettingsRow, type MailSettingsRow } from './mailSettings';
import { mailTransport } from './mailTransport';
import type { ProgressEmitter } from './progress';
import { RateLimiter } from './rateLimiter';
import { classifySendError } from './smtpErrors';
import { attemptsSince, jobForSending, nextDueAt, type RateLimit } from './outboxQueries';
import {
  checkStatements,
  claim,
  expire,
  recordResults,
  claimLeaseMs,
  recover,
  wakeJobs,
  type Claimed,
  type OutboxContext,
  type Outcome,
  type SendResult,
} from './outboxWork';

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
  const { db } = deps.store.connection;
  const ctx: OutboxContext = {
    db,
    write: deps.write,
    hooks: deps.statementHooks,
    progress: deps.progress,
  };
  const options = deps.options ?? {};
  const backoff = options.backoff ?? defaultBackoff;
  const reconnect = options.reconnectBackoff ?? { baseMs: 60_000, maxMs: 30 * 60_000 };
  // Enough on the way to keep every pooled connection busy while results are recorded, and few
  // passes per job (a pass claims when half the room is free). 40 left the pool waiting on the
  // loop's claims (0.80–0.92x a raw pool in the bench); 100 keeps up (0.93–1.09x). A crisis
  // release queued behind routine mail waits for 50 results at most: well under a second.
  const maxInFlight = options.maxInFlight ?? 100;
  const clock = () => deps.now().getTime();
  const iso = (ms: number) => new Date(ms).toISOString();

  let transport: { settingsKey: string; transporter: Transporter; settings: MailSettingsRow } | undefined;
  let limiter: RateLimiter | undefined;
  let limiterKey = '';
  // The same limits again, for the office-wide count on the office server.
  let officeLimits: RateLimit[] = [];
  const contents = new Map<string, Promise<MailContent>>();
  const invitations = new Map<string, unknown>();
  const jobs = new Map<string, ReturnType<typeof jobForSending>>();
  const pauseCounts = new Map<string, number>();
  const results: SendResult[] = [];
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
    // On the office server another desk's job is heard as its progress (relayed): an idle sender
    // joins in rather than waiting for its next look.
    if (event.event === 'distribution.progress' && sharedStore && running && inFlight.size === 0) schedule(0);
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

  async function currentLimiter(settings: MailSettingsRow): Promise<RateLimiter> {
    const key = `${settings.per_minute}/${settings.per_day}`;
    if (limiter && limiterKey === key) return limiter;
    const limits: RateLimit[] = [];
    if (settings.per_minute) limits.push({ count: settings.per_minute, windowMs: options.minuteMs ?? 60_000 });
    if (settings.per_day) limits.push({ count: settings.per_day, windowMs: options.dayMs ?? 86_400_000 });
    const next = new RateLimiter(limits);
    officeLimits = limits;
    // A restart (or a changed limit) must not forget what went out in the last day.
    const since = iso(clock() - Math.max(0, ...limits.map((limit) => limit.windowMs)));
    next.seed((await attemptsSince(db, since)).map((at) => Date.parse(at)));
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

  function send(
    row: Claimed,
    active: { transporter: Transporter; settings: MailSettingsRow },
    rate: RateLimiter,
  ): void {
    const slot = rate.start();
    const task = (async () => {
      let outcome: Outcome;
      try {
        // A job's content fields never change: read once per job, not once per message.
        let jobRead = jobs.get(row.distributionId);
        if (!jobRead) {
          jobRead = jobForSending(db, row.distributionId);
          jobRead.catch(() => jobs.delete(row.distributionId));
          jobs.set(row.distributionId, jobRead);
        }
        const job = await jobRead;
        let content: MailContent;
        if (job.kind === 'notice') {
          // A notice to one person of the office: its message was made when it was recorded.
          content = JSON.parse(job.payload_json ?? '{}') as MailContent;
        } else if (job.kind === 'invitation') {
          // The calendar file names its attendee: made per recipient from the job's snapshot.
          let payload = invitations.get(row.distributionId);
          if (!payload) {
            payload = JSON.parse(job.payload_json ?? '{}') as unknown;
            invitations.set(row.distributionId, payload);
          }
          content = deps.invitationContent(payload, { name: row.name, address: row.address });
        } else {
          // A statement job always names its revision (the table's check constraint says so).
          content = await contentFor(
            row.distributionId,
            job.statement_id!,
            job.revision_id!,
            job.revision_hash!,
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
        const { completed, paused } = await recordResults(ctx, batch, {
          backoff,
          reconnect,
          pauseCounts,
          nowMs: clock(),
        });
        for (const id of completed) {
          contents.delete(id);
          invitations.delete(id);
          jobs.delete(id);
        }
        if (paused) {
          // A fresh pool next time: the old one may hold sockets to a server that went away.
          transport?.transporter.close();
          transport = undefined;
        }
        // A retry now has a time, or a job paused: the loop may have gone to sleep before these
        // rows left `sending`, so it must look again (otherwise it would wake only at its next timer).
        if (batch.some((result) => result.outcome.kind !== 'sent')) schedule(0);
      } catch (error) {
        // Never lose a result: put it back and try again shortly.
        results.unshift(...batch);
        deps.logger.error('recording send results failed; retrying', error);
        setTimeout(() => void flush(), 1000).unref?.();
      }
    });
    return flushing;
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

  /** On the office server, the claims of a desk that died mid-send, once their lease ran out. */
  const sharedStore = dialectOf(db) === 'postgres';
  let nextLeaseCheck = 0;
  async function recoverAbandoned(nowMs: number): Promise<void> {
    if (!sharedStore) return recover(ctx, iso(nowMs));
    if (nowMs < nextLeaseCheck) return;
    nextLeaseCheck = nowMs + 60_000;
    await recover(ctx, iso(nowMs), iso(nowMs - claimLeaseMs));
  }

  async function passOnce(): Promise<void> {
    const nowMs = clock();
    const nowIso = iso(nowMs);
    if (sharedStore) await recoverAbandoned(nowMs);
    await wakeJobs(ctx, nowIso);
    await checkStatements(ctx, nowIso);
    const lookForErased = erasedCheck;
    erasedCheck = false;
    await expire(ctx, nowIso, lookForErased);
    const active = await currentTransport();
    if (!active) {
      // No server is set up (a job cannot be created without one): look again later.
      schedule(60_000);
      return;
    }
    const rate = await currentLimiter(active.settings);
    const room = Math.min(maxInFlight - inFlight.size, rate.available(nowMs));
    let claimed = 0;
    // On the office server the limits are the office's: every desk's sends count (see claim).
    let officeFree: number | null = null;
    if (room > 0) {
      const taken = await claim(ctx, room, nowIso, sharedStore ? officeLimits : []);
      for (const row of taken.rows) send(row, active, rate);
      claimed = taken.rows.length;
      // Slots held only by other desks' messages in flight free as their results come: look each second.
      if (taken.officeFull) officeFree = taken.officeFreeAt ?? clock() + 1000;
      else if (claimed === room && inFlight.size < maxInFlight) pumpAgain = true;
    }
    // Full hands: each finished message wakes the loop. Otherwise sleep until something is due
    // (never a busy loop on rows that are due but cannot go yet).
    if (inFlight.size >= maxInFlight) return;
    let rateFree = rate.available(clock()) === 0 ? rate.nextFree(clock()) : null;
    if (rate.available(clock()) === 0 && rateFree === null) return;
    if (officeFree !== null) rateFree = Math.max(rateFree ?? 0, officeFree);
    schedule(claimed === room && room > 0 && officeFree === null ? 0 : await nextDue(nowIso, rateFree));
  }

  /** Milliseconds until the next row, scheduled job, automatic resume or free rate slot. */
  async function nextDue(nowIso: string, rateFree: number | null): Promise<number> {
    const next = await nextDueAt(db);
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

  return {
    async start(): Promise<void> {
      if (running) return;
      await recoverAbandoned(clock());
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
