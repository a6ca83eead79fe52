import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { events as declaredEvents, isEventName, type EventName } from '../../../shared/ipc/contract';
import type { Logger } from '../kernel/dispatcher';
import type { EventBus } from '../kernel/eventBus';

/** The PostgreSQL channel every desk of an office listens on. */
export const relayChannel = 'siaga_events';

/** What stays on the desk it happened on: its own store, its own backups folder. */
const deskOnly: ReadonlySet<EventName> = new Set([
  'store.switched',
  'store.reconnected',
  'backups.changed',
  'backups.restored',
]);

/** NOTIFY's payload must stay under 8,000 bytes; events are small DTOs, far below this. */
const maxPayloadBytes = 7_500;

/** How long to wait before listening again after the connection dropped (doubling, at most 30 s). */
const firstRetryMs = 500;
const lastRetryMs = 30_000;

export interface DeskRelay {
  close(): Promise<void>;
}

/**
 * Makes one office of several desks: every event this desk's core emits (after its commit) is
 * published on the office server with NOTIFY, and every other desk's events, heard with LISTEN on
 * a connection of its own, are emitted on this desk's bus as if they were its own — so the views
 * on every desk refresh what changed, whichever desk changed it.
 *
 * A dropped connection is listened on again (500 ms, doubling to 30 s); what was said meanwhile is
 * lost with the connection, so the desk then emits `store.reconnected`, which makes every cached
 * answer stale: the views ask again and catch up.
 */
export function startDeskRelay(deps: { url: string; events: EventBus; logger: Logger }): DeskRelay {
  const desk = randomUUID();
  const publisher = new pg.Pool({ connectionString: deps.url, max: 1, application_name: 'siaga-relay' });
  publisher.on('error', () => undefined);
  let listener: pg.Client | undefined;
  let relaying = false;
  let closed = false;
  let retryMs = firstRetryMs;
  let retryTimer: NodeJS.Timeout | undefined;

  // This desk's own events, out to the others.
  const unsubscribe = deps.events.subscribe(({ event, payload }) => {
    if (relaying || deskOnly.has(event)) return;
    const message = JSON.stringify({ desk, event, payload });
    if (Buffer.byteLength(message) > maxPayloadBytes) {
      deps.logger.error(
        `event ${event} is too large to relay to the other desks`,
        new Error(`${message.length} bytes`),
      );
      return;
    }
    publisher.query('select pg_notify($1, $2)', [relayChannel, message]).catch((error: unknown) => {
      if (!closed) deps.logger.error('could not relay an event to the other desks', error);
    });
  });

  // The other desks' events, in.
  function heard(message: pg.Notification): void {
    let parsed: { desk?: unknown; event?: unknown; payload?: unknown };
    try {
      parsed = JSON.parse(message.payload ?? '') as typeof parsed;
    } catch {
      return;
    }
    if (parsed.desk === desk || !isEventName(parsed.event) || deskOnly.has(parsed.event)) return;
    const spec = declaredEvents[parsed.event];
    const payload = spec.payload.safeParse(parsed.payload);
    if (!payload.success) return;
    relaying = true;
    try {
      deps.events.emit(parsed.event, payload.data as never);
    } finally {
      relaying = false;
    }
  }

  async function listen(reconnecting: boolean): Promise<void> {
    const client = new pg.Client({ connectionString: deps.url, application_name: 'siaga-relay' });
    client.on('notification', heard);
    client.on('error', () => again(client));
    client.on('end', () => again(client));
    try {
      await client.connect();
      await client.query(`listen ${relayChannel}`);
    } catch (error) {
      if (!closed) deps.logger.error('could not listen to the other desks; trying again', error);
      again(client);
      return;
    }
    if (closed) {
      await client.end().catch(() => undefined);
      return;
    }
    listener = client;
    retryMs = firstRetryMs;
    // Whatever the others said while this desk was not listening is lost: every view asks again.
    if (reconnecting) deps.events.emit('store.reconnected', {});
  }

  function again(client: pg.Client): void {
    if (closed || retryTimer || (listener !== undefined && listener !== client)) return;
    listener = undefined;
    client.removeAllListeners('notification');
    void client.end().catch(() => undefined);
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      void listen(true);
    }, retryMs);
    retryMs = Math.min(retryMs * 2, lastRetryMs);
  }

  void listen(false);

  return {
    async close() {
      closed = true;
      unsubscribe();
      if (retryTimer) clearTimeout(retryTimer);
      await listener?.end().catch(() => undefined);
      await publisher.end().catch(() => undefined);
    },
  };
}
