import type { Kysely, Transaction } from 'kysely';
import type { EventName, EventPayload } from '../../../shared/ipc/contract';
import { appendAudit } from '../db/auditChain';
import type { Database } from '../db/schema';
import { transact } from '../db/transaction';
import type { EventBus } from './eventBus';

/** Who a write is recorded against: a person (signed in, or the command line) or the app itself. */
export interface WriteActor {
  /** null for the command line and for the app's own work (the sender, retention, a release plan). */
  accountId: string | null;
}

/** The app's own work, done for nobody in particular: audited with no account. */
export const systemActor: WriteActor = { accountId: null };

/**
 * One change to the store. Everything a service needs to change data travels in it: the
 * transaction, the write's single instant, who is writing, the audit trail, the events and any
 * other effect that must wait for the commit. A service never opens its own transaction and never
 * emits before the commit; two changes that must stand or fall together share one scope.
 */
export interface WriteScope<A extends WriteActor = WriteActor> {
  readonly trx: Transaction<Database>;
  /** The write's instant (ISO-8601 UTC): every row and audit event it writes carries this one. */
  readonly at: string;
  /** The same instant as a Date, for office-day and zone arithmetic. */
  readonly now: Date;
  /** Who writes; `WriteScope<SessionActor>` when the work needs a signed-in person. */
  readonly actor: A;
  /**
   * Appends one event to the hash-chained audit log, inside the transaction, so it exists exactly
   * when the change does. Recorded against the scope's actor unless `actorId` says otherwise
   * (a final approval's release plan is the arming person's act).
   */
  audit(
    action: string,
    entityType: string,
    entityId: string,
    data?: Record<string, unknown>,
    actorId?: string | null,
  ): Promise<void>;
  /** Pushes an event once the commit succeeded; the same event with the same payload goes out once. */
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  /** Any other effect (a wake-up, a file, a hook) that must run only after the commit. */
  afterCommit(effect: () => void | Promise<void>): void;
}

export interface WriterDeps {
  db: Kysely<Database>;
  events: EventBus;
  now: () => Date;
  /** Effects that throw are reported here; they never undo committed work. */
  onEffectError?: (error: unknown) => void;
}

/** Runs `work` as one write by `actor`: one transaction, then its events and effects. */
export type Writer = <A extends WriteActor, T>(actor: A, work: (scope: WriteScope<A>) => Promise<T>) => Promise<T>;

export function createWriter(deps: WriterDeps): Writer {
  return (actor, work) =>
    transact(
      deps.db,
      async ({ trx, afterCommit }) => {
        // Read inside the transaction: writes queue on the connection, so instants follow commit order.
        const now = deps.now();
        const at = now.toISOString();
        const emitted = new Set<string>();
        const scope: WriteScope<typeof actor> = {
          trx,
          at,
          now,
          actor,
          audit: async (action, entityType, entityId, data = {}, actorId = actor.accountId) => {
            await appendAudit(trx, { actorId, action, entityType, entityId, data }, at);
          },
          emit: (event, payload) => {
            const key = `${event}\u0000${JSON.stringify(payload)}`;
            if (emitted.has(key)) return;
            emitted.add(key);
            afterCommit(() => deps.events.emit(event, payload));
          },
          afterCommit,
        };
        return work(scope);
      },
      deps.onEffectError,
    );
}

/**
 * A handler's usual shape: one write by the caller on one record, then the record as the caller now
 * sees it (read after the commit, outside the write). `writeThen(write, read)` makes that function.
 */
export function writeThen<A extends WriteActor, R>(write: Writer, read: (id: string, actor: A) => Promise<R>) {
  return async (id: string, actor: A, work: (w: WriteScope<A>) => Promise<unknown>): Promise<R> => {
    await write(actor, work);
    return read(id, actor);
  };
}
