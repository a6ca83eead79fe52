import type BetterSqlite3 from 'better-sqlite3';
import type { EventBus } from '../kernel/eventBus';

/** What a filter selects, as the table needs it: how many, and (for a narrow selection) who, in order. */
export interface Selection {
  total: number;
  /** Every selected id in the table's order, for a selection of at most `idListLimit`; else null. */
  ids: string[] | null;
}

/**
 * A selection this size or smaller keeps its ids: a segment or list of a few thousand is then
 * paged by slicing, not by walking 100,000 names for the members on each page. About 40 bytes an
 * id: 20,000 ids are under a megabyte.
 */
export const idListLimit = 20_000;

/** Filters remembered at once (the desk's table, its segments' sizes, a distribution's audience). */
const capacity = 24;

export interface SelectionCache {
  /** The remembered selection, and the moment it was asked at (to give back to `set`). */
  get(key: string): { known: Selection | undefined; stamp: number };
  /** Remembers a selection counted since `stamp`, unless something was written meanwhile. */
  set(key: string, selection: Selection, stamp: number): void;
}

/**
 * Remembers what each filter selects until anything is written — so scrolling the contacts table
 * (a page fetch per screenful, each also asking for the total) does not count 100,000 rows again
 * for every page. Forgetting is conservative: any write forgets everything.
 *
 * - The embedded file: its change counters are read before each use — `total_changes()` (this
 *   connection's writes) and `data_version` (another process's, such as the command line).
 *   Nothing written can be missed, whatever wrote it.
 * - The office server: any event forgets everything. Every write emits its events after its
 *   commit, other desks' arrive through the desk relay, and a relay that lost its connection
 *   emits `store.reconnected` — all of which reach this bus.
 */
export function createSelectionCache(deps: { sqlite: BetterSqlite3.Database | null; events: EventBus }) {
  const selections = new Map<string, Selection>();
  let seen = '';
  // Bumped whenever everything is forgotten: a selection counted across a write is not kept.
  let generation = 0;
  const forget = () => {
    selections.clear();
    generation += 1;
  };
  const counters = deps.sqlite?.prepare('select total_changes() as changes') ?? null;
  // Prepared once: better-sqlite3's pragma() prepares anew on every call, which costs more than the page.
  const dataVersion = deps.sqlite?.prepare('pragma data_version').pluck() ?? null;
  const unsubscribe = deps.events.subscribe(({ event }) => {
    // Progress reports are not commits.
    if (event !== 'contacts.importProgress' && event !== 'distribution.progress') forget();
  });
  const current = () => {
    if (!counters || !dataVersion) return;
    const { changes } = counters.get() as { changes: number };
    const version = `${changes}:${String(dataVersion.get())}`;
    if (version !== seen) {
      forget();
      seen = version;
    }
  };
  const cache: SelectionCache & { close(): void } = {
    get(key) {
      current();
      const known = selections.get(key);
      if (known) {
        // Least recently used leaves first: Map order is insertion order.
        selections.delete(key);
        selections.set(key, known);
      }
      return { known, stamp: generation };
    },
    set(key, selection, stamp) {
      current();
      if (stamp !== generation) return;
      selections.set(key, selection);
      if (selections.size > capacity) selections.delete(selections.keys().next().value as string);
    },
    close: () => void unsubscribe(),
  };
  return cache;
}
