import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { Logger } from '../kernel/dispatcher';
import type { Writer } from '../kernel/writeScope';
import { applySignalRetention } from './feedRepository';
import type { FetchLimits } from './feedFetch';
import { pollFeed, type PollResult } from './pollFeed';

export interface FeedPollerOptions {
  /** How often it looks for due feeds (each feed has its own interval; this is the resolution). */
  tickMs?: number;
  /** Feeds read at once. */
  concurrency?: number;
  limits?: FetchLimits;
  userAgent?: string;
}

/** A claimed feed's poll must finish within this, or another look (or desk) may take it again. */
const claimLeaseMs = 2 * 60_000;
const retentionEveryMs = 24 * 60 * 60_000;

/**
 * Polls the office's due feeds in the background: every tick, the active feeds whose
 * `next_poll_at` has come are claimed — the claim moves `next_poll_at` a lease ahead, only if
 * nobody moved it first, so on the office server one desk reads a feed and the others do not —
 * and read a few at a time; each poll then sets the feed's real next time (pollFeed.ts). A poll
 * that fails unexpectedly is logged and its lease runs out; nothing here stops the loop. Old
 * signals are removed once a day, as the office's retention says.
 */
export function createFeedPoller(
  deps: { db: Kysely<Database>; write: Writer; now: () => Date; logger: Logger },
  options: FeedPollerOptions = {},
) {
  const tickMs = options.tickMs ?? 60_000;
  const concurrency = options.concurrency ?? 3;
  let timer: NodeJS.Timeout | undefined;
  let looking: Promise<PollResult[]> | null = null;
  let retentionDueAt = 0;

  async function claimDue(): Promise<string[]> {
    const nowMs = deps.now().getTime();
    const nowIso = new Date(nowMs).toISOString();
    const due = await deps.db
      .selectFrom('feed')
      .select(['id', 'next_poll_at'])
      .where('active', '=', 1)
      .where((eb) => eb.or([eb('next_poll_at', 'is', null), eb('next_poll_at', '<=', nowIso)]))
      .orderBy('next_poll_at')
      .limit(20)
      .execute();
    const lease = new Date(nowMs + claimLeaseMs).toISOString();
    const claimed: string[] = [];
    for (const feed of due) {
      // A claim, not a change of record: no audit event, no write scope.
      const taken = await deps.db
        .updateTable('feed')
        .set({ next_poll_at: lease })
        .where('id', '=', feed.id)
        .where((eb) =>
          feed.next_poll_at === null ? eb('next_poll_at', 'is', null) : eb('next_poll_at', '=', feed.next_poll_at),
        )
        .executeTakeFirst();
      if (Number(taken.numUpdatedRows) === 1) claimed.push(feed.id);
    }
    return claimed;
  }

  async function look(): Promise<PollResult[]> {
    const results: PollResult[] = [];
    const queue = await claimDue();
    const pollDeps = {
      db: deps.db,
      write: deps.write,
      now: deps.now,
      limits: options.limits,
      userAgent: options.userAgent,
    };
    const worker = async () => {
      for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
        try {
          results.push(await pollFeed(pollDeps, id));
        } catch (error) {
          deps.logger.error(`polling feed ${id} failed; its claim will lapse and it is tried again`, error);
        }
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    const nowMs = deps.now().getTime();
    if (nowMs >= retentionDueAt) {
      retentionDueAt = nowMs + retentionEveryMs;
      await applySignalRetention(deps.db, deps.now());
    }
    return results;
  }

  /** One look at a time: a tick that comes while a look is running joins it. */
  function lookNow(): Promise<PollResult[]> {
    looking ??= look().finally(() => {
      looking = null;
    });
    return looking;
  }

  return {
    start(): void {
      if (timer) return;
      timer = setInterval(() => {
        lookNow().catch((error: unknown) => deps.logger.error('looking for due feeds failed', error));
      }, tickMs);
      timer.unref();
    },
    async stop(): Promise<void> {
      if (timer) clearInterval(timer);
      timer = undefined;
      await looking?.catch(() => undefined);
    },
    lookNow,
    /** Looks now rather than at the next tick (a feed was just added), when the loop runs at all. */
    wake(): void {
      if (!timer) return;
      lookNow().catch((error: unknown) => deps.logger.error('looking for due feeds failed', error));
    },
  };
}

export type FeedPoller = ReturnType<typeof createFeedPoller>;
