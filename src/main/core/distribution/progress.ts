import type { Store } from '../db/store';
import type { EventBus } from '../kernel/eventBus';
import { outboxCounts } from './jobState';

export type ProgressEmitter = (distributionId: string) => void;

const intervalMs = 250;

/**
 * Tells listeners how a job stands: at most about four events a second per job (a 10,000-recipient
 * job would otherwise push thousands), and always a trailing one, so the last count is never lost.
 */
export function progressEmitter(deps: { store: Store; events: EventBus }): ProgressEmitter {
  const { db } = deps.store.connection;
  const lastAt = new Map<string, number>();
  const waiting = new Set<string>();

  async function emitNow(id: string): Promise<void> {
    lastAt.set(id, Date.now());
    const job = await db
      .selectFrom('distribution')
      .select(['statement_id', 'conference_id', 'status'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!job) return;
    const counts = (await outboxCounts(db, [id])).get(id)!;
    deps.events.emit('distribution.progress', {
      distributionId: id,
      statementId: job.statement_id,
      conferenceId: job.conference_id,
      status: job.status,
      counts,
    });
  }

  return (id) => {
    if (waiting.has(id)) return;
    const wait = intervalMs - (Date.now() - (lastAt.get(id) ?? 0));
    if (wait <= 0) {
      void emitNow(id).catch(() => undefined);
      return;
    }
    waiting.add(id);
    setTimeout(() => {
      waiting.delete(id);
      void emitNow(id).catch(() => undefined);
    }, wait).unref?.();
  };
}
