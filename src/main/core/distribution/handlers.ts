import type { Store } from '../db/store';
import type { DomainChannel, HandlersFor } from '../kernel/handlers';
import { capFile } from './channels/capAlert';
import { sitePackageFile } from './channels/sitePackage';
import { contactHistory } from '../contacts/contactHistory';
import { listDistributions, listRecipients, readDistribution } from './distributionQueries';
import type { DistributionService } from './distributionService';

export function distributionHandlers(deps: {
  store: Store;
  now: () => Date;
  distribution: DistributionService;
}): HandlersFor<DomainChannel<'distribution'>> {
  const { db } = deps.store.connection;
  const { distribution } = deps;
  return {
    'distribution.settings': () => distribution.settings(),
    'distribution.saveSettings': (input, context) => distribution.saveSettings(input, context.actor),
    'distribution.testSettings': ({ to }, context) => distribution.testSettings(to, context.actor),
    'distribution.preview': (input) => distribution.preview(input),
    'distribution.audienceCount': (input) => distribution.audienceCount(input),
    'distribution.create': (input, context) => distribution.create(input, context.actor),
    'distribution.arm': (input, context) => distribution.arm(input, context.actor),
    'distribution.list': ({ statementId }) => listDistributions(db, statementId),
    'distribution.get': ({ id }) => readDistribution(db, id),
    'distribution.recipients': (input) => listRecipients(db, input),
    'distribution.pause': ({ id }, context) => distribution.pause(id, context.actor),
    'distribution.resume': ({ id }, context) => distribution.resume(id, context.actor),
    'distribution.cancel': ({ id }, context) => distribution.cancel(id, context.actor),
    'distribution.retryFailed': ({ id }, context) => distribution.retryFailed(id, context.actor),
    'distribution.contactHistory': ({ id }) => contactHistory(db, id),
    'distribution.sitePackage': ({ statementId }) => sitePackageFile(db, statementId, deps.now()),
    'distribution.cap': ({ statementId, cap }) => capFile(db, statementId, cap, deps.now()),
  };
}
