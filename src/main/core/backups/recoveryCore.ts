import { existsSync } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { channels } from '../../../shared/ipc/contract';
import type { RecoveryState } from '../../../shared/ipc/backups';
import { findAccountRow } from '../accounts/accountRepository';
import { verifyPassword } from '../accounts/passwords';
import { openConnection, type Connection } from '../db/connection';
import type { StoreDamagedError } from '../db/storeDamage';
import { createDispatcher, type Dispatch, type Logger } from '../kernel/dispatcher';
import { CoreError } from '../kernel/errors';
import type { EventBus } from '../kernel/eventBus';
import type { Handler, Handlers } from '../kernel/handlers';
import type { BackupSettings } from './backupSettings';
import { listBackups, utcStamp } from './backupSet';
import { toBackupEntry } from './backupService';
import { restoreOutcome, type RequestRestore } from './handlers';
import { checkRestoreCandidate, storeFiles, type RestoreCandidate } from './restore';

const damaged = () =>
  new CoreError('INTERNAL', 'The data store is damaged; restore a backup', { reason: 'storeDamaged' });

/**
 * Copies the damaged files, together, into `<dataDir>/damaged/<stamp>/` before anything else can
 * touch them: the evidence of what went wrong, as it was. The originals stay in place (read only)
 * until a restore moves them aside; a restart without a restore finds them damaged again rather
 * than an empty store that invites setting up a new office.
 */
async function keepDamagedCopy(dataDir: string, at: Date): Promise<string> {
  const folder = join(dataDir, 'damaged', utcStamp(at));
  await mkdir(folder, { recursive: true, mode: 0o700 });
  for (const file of storeFiles(dataDir).filter((each) => existsSync(each))) {
    await copyFile(file, join(folder, basename(file)));
  }
  return folder;
}

/** The newest backup in the folder that passes every restore check now. */
async function newestVerified(folder: string): Promise<RestoreCandidate | undefined> {
  for (const manifest of await listBackups(folder)) {
    try {
      return await checkRestoreCandidate(join(folder, manifest.file));
    } catch {
      // a damaged or incomplete backup: try the one before it
    }
  }
  return undefined;
}

function openReadOnly(file: string): Connection | undefined {
  try {
    return openConnection(file, { readonly: true, mustExist: true });
  } catch {
    return undefined;
  }
}

/** An active administrator's password hash from the damaged copy; 'unreadable' if its accounts cannot be read. */
async function readAdministrator(
  copy: Connection | undefined,
  username: string,
): Promise<{ id: string; passwordHash: string } | 'unreadable' | undefined> {
  if (!copy) return 'unreadable';
  try {
    const account = await findAccountRow(copy.db, { username });
    if (!account || account.active !== 1) return undefined;
    const roles = await copy.db
      .selectFrom('account_role')
      .select('role')
      .where('account_id', '=', account.id)
      .execute();
    return roles.some((row) => row.role === 'admin')
      ? { id: account.id, passwordHash: account.password_hash }
      : undefined;
  } catch {
    return 'unreadable';
  }
}

export interface RecoveryCore {
  dispatch: Dispatch;
  state(): RecoveryState;
  close(): Promise<void>;
}

/**
 * The core on a store that failed its check on open. Nothing is written to the damaged file: it is
 * kept open read only, only to check the administrator's password. Every channel answers
 * `storeDamaged` except the recovery screen's two: what happened, and restore the newest verified
 * backup (the administrator's username and password, checked against the damaged copy; if its
 * accounts cannot be read, `siaga restore --from FILE` by someone with access to the files).
 */
export async function startRecoveryCore(deps: {
  dataDir: string;
  damage: StoreDamagedError;
  settings: BackupSettings;
  events: EventBus;
  logger: Logger;
  now: () => Date;
  requestRestore: RequestRestore;
}): Promise<RecoveryCore> {
  const setAside = await keepDamagedCopy(deps.dataDir, deps.now()).catch((error: unknown) => {
    deps.logger.error('Could not copy the damaged store aside', error);
    return null;
  });
  const copy = openReadOnly(deps.damage.file);
  let candidate = await newestVerified(deps.settings.folder());
  const state = (): RecoveryState => ({
    damaged: true,
    problems: deps.damage.problems,
    setAside,
    newestVerified: candidate?.manifest ? toBackupEntry(candidate.manifest) : null,
    backupFolder: deps.settings.folder(),
  });

  const refuse: Handler<never> = () => Promise.reject(damaged());
  const handlers = Object.fromEntries(channels.map((channel) => [channel, refuse])) as unknown as Handlers;
  handlers['backups.recovery'] = () => Promise.resolve(state());
  handlers['backups.recover'] = async ({ username, password }) => {
    const found = await readAdministrator(copy, username);
    if (found === 'unreadable' || !found || !(await verifyPassword(password, found.passwordHash))) {
      throw new CoreError('UNAUTHENTICATED', 'Not an active administrator of this office', {
        reason: found === 'unreadable' ? 'recoverAccountsUnreadable' : 'recoverNotAdmin',
      });
    }
    const account = found;
    candidate = await newestVerified(deps.settings.folder());
    if (!candidate?.manifest) {
      throw new CoreError('NOT_FOUND', 'No verified backup to restore', { reason: 'noVerifiedBackup' });
    }
    // Checked just now by newestVerified; the damaged connection must be closed before its files move.
    await copy?.close();
    return restoreOutcome(candidate, await deps.requestRestore(candidate, { accountId: account.id }), deps.events);
  };

  const dispatch = createDispatcher(handlers, deps.logger, () => Promise.resolve({ reason: 'storeDamaged' }));
  return { dispatch, state, close: async () => copy?.close() };
}
