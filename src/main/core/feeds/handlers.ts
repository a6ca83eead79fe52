import type { CoreDeps } from '../kernel/coreDeps';
import { notFound } from '../kernel/errors';
import type { DomainChannel, HandlersFor } from '../kernel/handlers';
import { addFeed, listFeeds, listSignals, saveSignalRules, signalRulesInput } from './feedRepository';
import { readCrisis } from '../crises/crisisQueries';
import { listPickup } from './pickup';
import { pollFeed } from './pollFeed';
import { dismissSignal, openCrisisFromSignal, readSignal, recordSightingFromSignal } from './signalActions';

export function feedsHandlers(
  deps: CoreDeps & { userAgent: string; wakeFeeds?: () => void },
): HandlersFor<DomainChannel<'feeds'>> {
  const { db } = deps.store.connection;
  const feedById = async (id: string) => {
    const feed = (await listFeeds(db)).find((row) => row.id === id);
    if (!feed) throw notFound('feed', id);
    return feed;
  };
  return {
    'feeds.list': () => listFeeds(db),
    'feeds.add': async (input, { actor }) => {
      const feed = await feedById(await deps.write(actor, (w) => addFeed(w, input)));
      // A new feed is due at once: read it now, not at the poller's next tick.
      deps.wakeFeeds?.();
      return feed;
    },
    // An unknown id is refused by the poll itself (NOT_FOUND).
    'feeds.poll': ({ id }) => pollFeed({ db, write: deps.write, now: deps.now, userAgent: deps.userAgent }, id),
    'feeds.signals': (input) => listSignals(db, input),
    'feeds.rules': () => signalRulesInput(db),
    'feeds.saveRules': async (input, { actor }) => {
      await deps.write(actor, (w) => saveSignalRules(w, input));
      return signalRulesInput(db);
    },
    'feeds.signal': ({ id }) => readSignal(db, id),
    'feeds.openCrisis': async (input, { actor }) =>
      readCrisis(db, await deps.write(actor, (w) => openCrisisFromSignal(w, input))),
    'feeds.recordSighting': async (input, { actor }) => ({
      hoaxId: await deps.write(actor, (w) => recordSightingFromSignal(w, input)),
    }),
    'feeds.dismissSignal': async ({ id }, { actor }) => {
      await deps.write(actor, (w) => dismissSignal(w, id));
      return {};
    },
    'feeds.pickup': (input) => listPickup(db, input),
  };
}
