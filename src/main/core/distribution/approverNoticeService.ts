import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { Logger } from '../kernel/dispatcher';
import type { EventBus } from '../kernel/eventBus';
import type { Writer } from '../kernel/writeScope';
import { noticeApprovers } from './approverNotices';

/**
 * Runs `noticeApprovers` when a statement changes (a submission, an approval — here or, on the
 * office server, relayed from another desk) and once a minute for reminders that fall due with
 * time alone. On the office server only the desk holding the duty looks (`scheduledHere`); the
 * notices' unique key would keep a second desk from telling anyone twice anyway.
 */
export function createApproverNoticeService(deps: {
  db: Kysely<Database>;
  write: Writer;
  events: EventBus;
  now: () => Date;
  logger: Logger;
  /** The outbox sender: a recorded notice's e-mail goes now. */
  wake: () => void;
  scheduledHere?: () => Promise<boolean>;
  intervalMs?: number;
}) {
  let running = false;
  let timer: NodeJS.Timeout | undefined;
  let soon: NodeJS.Timeout | undefined;
  let chain: Promise<unknown> = Promise.resolve();

  async function look(): Promise<number> {
    if (deps.scheduledHere && !(await deps.scheduledHere())) return 0;
    return noticeApprovers(deps, deps.now().toISOString());
  }
  /** One look at a time on this desk, each after the one before. */
  function lookNow(): Promise<number> {
    const next = chain.then(look);
    chain = next.catch((error: unknown) => deps.logger.error('approver notices failed; trying again later', error));
    return next;
  }
  const unsubscribe = deps.events.subscribe((event) => {
    if (event.event !== 'statements.changed' || !running) return;
    // A burst of changes (a save, then a submit) makes one look.
    soon ??= setTimeout(() => {
      soon = undefined;
      void lookNow().catch(() => undefined);
    }, 200);
  });

  return {
    start(): void {
      if (running) return;
      running = true;
      timer = setInterval(() => void lookNow().catch(() => undefined), deps.intervalMs ?? 60_000);
      void lookNow().catch(() => undefined);
    },
    async stop(): Promise<void> {
      running = false;
      if (timer) clearInterval(timer);
      if (soon) clearTimeout(soon);
      timer = undefined;
      soon = undefined;
      await chain;
    },
    /** One look now (tests move the clock and look). */
    lookNow,
    close(): void {
      unsubscribe();
    },
  };
}

export type ApproverNoticeService = ReturnType<typeof createApproverNoticeService>;
