import type { CoreDeps } from '../kernel/coreDeps';
import type { SessionActor } from '../kernel/context';
import type { DomainChannel, HandlersFor } from '../kernel/handlers';
import { writeThen } from '../kernel/writeScope';
import { officeToday } from '../office/officeToday';
import type { SecretStore } from '../security/secretStore';
import { readStatement } from '../statements/statementView';
import { capFile } from './channels/capAlert';
import { sitePackageFile } from './channels/sitePackage';
import { contactHistory } from '../contacts/contactHistory';
import { armRelease } from './armedRelease';
import { listDistributions, listRecipients, readDistribution } from './distributionQueries';
import { audienceCount, previewDistribution } from './distributionPreview';
import { cancelDistribution, pauseDistribution, resumeDistribution, retryFailedRecipients } from './jobControl';
import { readMailSettings, saveMailSettings, storeMailPassword, testMailSettings } from './mailSettingsService';
import { distribute, jobOfRequest, type ReleaseContext } from './releaseJobs';

export interface DistributionDeps extends CoreDeps, ReleaseContext {
  secrets: SecretStore;
  /** The sender rereads the mail server settings (a new server, new limits). */
  settingsChanged(): void;
}

export function distributionHandlers(deps: DistributionDeps): HandlersFor<DomainChannel<'distribution'>> {
  const { db } = deps.store.connection;
  const { write } = deps;
  const today = () => officeToday(db, deps.now());
  const changeJob = writeThen(write, (id: string, _actor: SessionActor) => readDistribution(db, id));
  return {
    'distribution.settings': () => readMailSettings(db, deps.secrets),
    'distribution.saveSettings': async (input, { actor }) => {
      await storeMailPassword(deps.secrets, input.password);
      await write(actor, (w) => saveMailSettings(w, input));
      deps.settingsChanged();
      return readMailSettings(db, deps.secrets);
    },
    'distribution.testSettings': ({ to }, { actor }) => testMailSettings(db, deps.secrets, to, actor),
    'distribution.preview': async (input) => previewDistribution(db, input, await today()),
    'distribution.audienceCount': async (input) => audienceCount(db, input, await today()),
    'distribution.create': async (input, { actor }) => {
      // A retried request answers its first job without opening a write.
      const earlier = await jobOfRequest(db, input.requestId);
      const day = await today();
      return readDistribution(db, earlier ?? (await write(actor, (w) => distribute(w, deps, input, day))));
    },
    'distribution.arm': async (input, { actor }) => {
      const day = await today();
      await write(actor, (w) => armRelease(w, input, day));
      return readStatement(db, input.statementId, actor, deps.now(), deps.hooks);
    },
    'distribution.list': ({ statementId }) => listDistributions(db, statementId),
    'distribution.get': ({ id }) => readDistribution(db, id),
    'distribution.recipients': (input) => listRecipients(db, input),
    'distribution.pause': ({ id }, { actor }) => changeJob(id, actor, (w) => pauseDistribution(w, deps, id)),
    'distribution.resume': ({ id }, { actor }) => changeJob(id, actor, (w) => resumeDistribution(w, deps, id)),
    'distribution.cancel': ({ id }, { actor }) => changeJob(id, actor, (w) => cancelDistribution(w, deps, id)),
    'distribution.retryFailed': ({ id }, { actor }) => changeJob(id, actor, (w) => retryFailedRecipients(w, deps, id)),
    'distribution.contactHistory': ({ id }) => contactHistory(db, id),
    'distribution.sitePackage': ({ statementId }) => sitePackageFile(db, statementId, deps.now()),
    'distribution.cap': ({ statementId, cap }) => capFile(db, statementId, cap, deps.now()),
  };
}
