import type { EventName, EventPayload, PushedEvent } from '../../../shared/ipc/contract';

export type EventListener = (event: PushedEvent) => void;

export interface EventBus {
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  subscribe(listener: EventListener): () => void;
}

/** Fan-out of core push events to the transports. Listeners must not throw into the emitter. */
export function createEventBus(onListenerError: (error: unknown) => void): EventBus {
  const listeners = new Set<EventListener>();
  return {
    emit(event, payload) {
      const pushed = { event, payload } as PushedEvent;
      for (const listener of listeners) {
        try {
          listener(pushed);
        } catch (error) {
          onListenerError(error);
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
