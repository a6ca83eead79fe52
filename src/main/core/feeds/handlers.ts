import type { CoreDeps } from '../kernel/coreDeps';
import { notFound } from '../kernel/errors';
import type { DomainChannel, HandlersFor } from '../kernel/handlers';
import { addFeed, listFeeds, listSignals, saveSignalRules, signalRulesInput } from './feedRepository';
import { pollFeed } from './pollFeed';

export function feedsHandlers(deps: CoreDeps & { userAgent: string }): HandlersFor<DomainChannel<'feeds'>> {
  const { db } = deps.store.connection;
  const feedById = async (id: string) => {
    const feed = (await listFeeds(db)).find((row) => row.id === id);
    if (!feed) throw notFound('feed', id);
    return feed;
  };
  return {
    'feeds.list': () => listFeeds(db),
    'feeds.add': async (input, { actor }) => feedById(await deps.write(actor, (w) => addFeed(w, input))),
    // An unknown id is refused by the poll itself (NOT_FOUND).
    'feeds.poll': ({ id }) => pollFeed({ db, write: deps.write, now: deps.now, userAgent: deps.userAgent }, id),
    'feeds.signals': (input) => listSignals(db, input),
    'feeds.rules': () => signalRulesInput(db),
    'feeds.saveRules': async (input, { actor }) => {
      await deps.write(actor, (w) => saveSignalRules(w, input));
      return signalRulesInput(db);
    },
  };
}
