import { join } from 'node:path';
import type { RecoveryState, RestoreResult } from '../../../shared/ipc/backups';
import type { Actor } from '../kernel/context';
import type { DomainChannel, HandlersFor } from '../kernel/handlers';
import type { EventBus } from '../kernel/eventBus';
import { CoreError } from '../kernel/errors';
import type { BackupSettings } from './backupSettings';
import { toBackupEntry, type BackupService } from './backupService';
import { checkRestoreCandidate, RestoreRefusedError, type RestoreCandidate, type RestoreOutcome } from './restore';

/**
 * Asks the core's lifecycle to put a checked backup in place: it waits for other calls to finish,
 * closes the store, restores, starts again on the restored store, and answers with the outcome.
 */
export type RequestRestore = (candidate: RestoreCandidate, actor: Pick<Actor, 'accountId'>) => Promise<RestoreOutcome>;

/** A restore refused before anything changed: VALIDATION with the reason, translated in the UI. */
export function refusal(error: unknown): never {
  if (error instanceof RestoreRefusedError) {
    throw new CoreError('VALIDATION', error.message, { reason: error.reason, file: error.file });
  }
  throw error;
}

export async function restoreOutcome(
  candidate: RestoreCandidate,
  outcome: RestoreOutcome,
  events: EventBus,
): Promise<RestoreResult> {
  const manifest = candidate.manifest;
  if (!manifest) throw new Error('A backup from the folder always has a manifest');
  events.emit('backups.restored', { file: manifest.file });
  return { restoredFrom: toBackupEntry(manifest), ...outcome };
}

/** The recovery channels answer only while the store is damaged (see recoveryCore.ts). */
const notDamaged = () =>
  new CoreError('CONFLICT', 'The data store is sound; restore from the Backups view', { reason: 'storeNotDamaged' });

export function backupsHandlers(deps: {
  backups: BackupService;
  settings: BackupSettings;
  events: EventBus;
  requestRestore: RequestRestore;
  onServer: boolean;
}): HandlersFor<DomainChannel<'backups'>> {
  const { backups, settings, events } = deps;
  return {
    'backups.status': () => backups.status(),
    'backups.take': async (_input, context) => {
      const manifest = await backups.take(context.actor.accountId);
      events.emit('backups.changed', {});
      return toBackupEntry(manifest);
    },
    'backups.setFolder': async ({ folder }, context) => {
      const status = await backups.chooseFolder(folder, context.actor.accountId);
      events.emit('backups.changed', {});
      return status;
    },
    'backups.restore': async ({ file }, context) => {
      // Every desk works on the office server: putting a backup in place there is the server
      // administrator's step, into an empty database (`siaga restore --database-url`), never a desk's.
      if (deps.onServer)
        throw new CoreError('CONFLICT', 'A backup of the office server is restored on the server', {
          reason: 'restoreOnServer',
        });
      const actor = context.actor;
      const candidate = await checkRestoreCandidate(join(settings.folder(), file)).catch(refusal);
      if (!candidate.manifest)
        throw new CoreError('VALIDATION', `${file} has no manifest`, { reason: 'backupMissing' });
      return restoreOutcome(candidate, await deps.requestRestore(candidate, actor), events);
    },
    // Public, so a sound store says nothing about its backups before anyone signs in.
    'backups.recovery': (): Promise<RecoveryState> =>
      Promise.resolve({ damaged: false, problems: [], setAside: null, newestVerified: null, backupFolder: '' }),
    'backups.recover': () => Promise.reject(notDamaged()),
  };
}
