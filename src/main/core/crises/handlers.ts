import { requireActor } from '../accounts/actor';
import type { Store } from '../db/store';
import type { DomainChannel, HandlersFor } from '../handlers';
import { listCrises, readCrisis } from './crisisQueries';
import type { CrisisService } from './crisisService';
import { listPlaybook, type createPlaybookService } from './playbook';

export function crisesHandlers(deps: {
  store: Store;
  crises: CrisisService;
  playbook: ReturnType<typeof createPlaybookService>;
}): HandlersFor<DomainChannel<'crises'>> {
  const { db } = deps.store.connection;
  return {
    'crises.list': ({ status }) => listCrises(db, status),
    'crises.get': ({ id }) => readCrisis(db, id),
    'crises.save': ({ id, crisis, phase }, context) => deps.crises.save(id, crisis, phase, requireActor(context)),
    'crises.setPhase': ({ id, phase, note }, context) => deps.crises.setPhase(id, phase, note, requireActor(context)),
    'crises.setStatus': ({ id, status }, context) => deps.crises.setStatus(id, status, requireActor(context)),
    'crises.tick': ({ itemId, done }, context) => deps.crises.tick(itemId, done, requireActor(context)),
    'crises.addItem': ({ crisisId, phase, text }, context) =>
      deps.crises.addItem(crisisId, phase, text, requireActor(context)),
    'crises.playbook': () => listPlaybook(db),
    'crises.savePlaybookItem': (input, context) => deps.playbook.save(input, requireActor(context)),
    'crises.archivePlaybookItem': async ({ id }, context) => {
      await deps.playbook.archive(id, requireActor(context));
      return {};
    },
  };
}
