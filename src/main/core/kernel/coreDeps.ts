import type { Store } from '../db/store';
import type { EventBus } from './eventBus';
import { createWriter, type Writer } from './writeScope';

/**
 * What a service of the core is built on: the open store (reads go to `store.connection.db`), the
 * clock, the event bus, and the one way to change data (`write`, see writeScope.ts).
 */
export interface CoreDeps {
  store: Store;
  events: EventBus;
  now: () => Date;
  write: Writer;
}

/** The deps of a core on `store`; after-commit effects that fail are reported to `onEffectError`. */
export function coreDeps(
  store: Store,
  events: EventBus,
  now: () => Date,
  onEffectError?: (error: unknown) => void,
): CoreDeps {
  return { store, events, now, write: createWriter({ db: store.connection.db, events, now, onEffectError }) };
}
