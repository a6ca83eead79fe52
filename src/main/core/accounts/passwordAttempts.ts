import { systemActor, type WriteScope } from '../kernel/writeScope';
import type { SessionDeps } from './sessionService';
import { CoreError } from '../kernel/errors';
import { fieldError } from '../kernel/validationError';
import { findAccountRow } from './accountRepository';
import { endSessionsOf } from './accountService';
import { decoyHash, verifyPassword } from './passwords';

/** Wrong passwords in a row before the account locks for the office's lockout period. */
export const maxFailedAttempts = 5;

/**
 * A password check for one account, counted before it runs.
 *
 * Why count first: the check is slow (scrypt), so a count read before it and written after lets
 * sixty guesses sent at once all be checked and the account never lock. Here each attempt takes
 * its place atomically (`failed_attempts + 1` in the store) before any hash is computed; once
 * `maxFailedAttempts` places are taken, or the account is locked, no password is checked at all
 * until the lock ends. The right password gives its place back (`forgive`).
 */
export type AttemptPlace = { kind: 'refused' } | { kind: 'counted'; attempts: number };

export async function takeAttemptPlace(deps: SessionDeps, accountId: string): Promise<AttemptPlace> {
  const { lockoutMinutes } = await deps.security();
  const now = deps.now();
  const nowIso = now.toISOString();
  // Nobody is signed in yet (or the caller is checked for themselves): the app's record, not an act.
  return deps.write(systemActor, async (w) => {
    const { trx } = w;
    const taken = await trx
      .updateTable('account')
      .set((eb) => ({
        failed_attempts: eb(eb.ref('failed_attempts'), '+', 1),
        // An ended lock is cleared as the next attempt counts.
        locked_until: null,
      }))
      .where('id', '=', accountId)
      .where('failed_attempts', '<', maxFailedAttempts)
      .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', nowIso)]))
      .returning('failed_attempts')
      .executeTakeFirst();
    if (taken) return { kind: 'counted', attempts: Number(taken.failed_attempts) };
    // Every place is taken by checks still running (or by a desk that stopped mid-check): lock now,
    // so the account cannot stay refused without a lock that ends.
    const until = new Date(now.getTime() + lockoutMinutes * 60_000).toISOString();
    const locked = await trx
      .updateTable('account')
      .set({ failed_attempts: 0, locked_until: until, updated_at: w.at })
      .where('id', '=', accountId)
      .where('failed_attempts', '>=', maxFailedAttempts)
      .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', nowIso)]))
      .executeTakeFirst();
    if (Number(locked.numUpdatedRows) > 0) {
      await w.audit('account.locked', 'account', accountId, { until, attempts: maxFailedAttempts }, null);
    }
    return { kind: 'refused' };
  });
}

/** A wrong password in its counted place: recorded, and the last place locks the account. */
export async function recordWrongPassword(
  deps: SessionDeps,
  accountId: string,
  attempts: number,
  onLock?: (w: WriteScope) => Promise<void>,
): Promise<boolean> {
  const { lockoutMinutes } = await deps.security();
  const now = deps.now();
  return deps.write(systemActor, async (w) => {
    await w.audit('account.loginFailed', 'account', accountId, { attempts }, null);
    if (attempts < maxFailedAttempts) return false;
    const until = new Date(now.getTime() + lockoutMinutes * 60_000).toISOString();
    const locked = await w.trx
      .updateTable('account')
      .set({ failed_attempts: 0, locked_until: until, updated_at: w.at })
      .where('id', '=', accountId)
      .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now.toISOString())]))
      .executeTakeFirst();
    if (Number(locked.numUpdatedRows) === 0) return false;
    await w.audit('account.locked', 'account', accountId, { until, attempts }, null);
    await onLock?.(w);
    return true;
  });
}

/** The right password gives back every counted place and ends an ended lock's record. */
export async function forgiveAttempts(w: WriteScope, accountId: string): Promise<void> {
  await w.trx
    .updateTable('account')
    .set({ failed_attempts: 0, locked_until: null })
    .where('id', '=', accountId)
    .where((eb) => eb.or([eb('failed_attempts', '!=', 0), eb('locked_until', 'is not', null)]))
    .execute();
}

/**
 * The current password a signed-in person gives to change it, under the same limit as sign-in:
 * a wrong one takes a place, and the one that locks the account also ends its sessions (whoever
 * holds this one is guessing), so the caller is signed out.
 */
export async function checkOwnPassword(deps: SessionDeps, accountId: string, currentPassword: string): Promise<void> {
  const row = await findAccountRow(deps.store.connection.db, { id: accountId });
  if (!row) throw new CoreError('UNAUTHENTICATED', 'The session has ended', { reason: 'sessionExpired' });
  const place = await takeAttemptPlace(deps, accountId);
  if (place.kind === 'refused') {
    await verifyPassword(currentPassword, await decoyHash());
    throw fieldError(['currentPassword'], 'password_locked', 'Too many wrong passwords: the account is locked');
  }
  if (await verifyPassword(currentPassword, row.password_hash)) {
    await deps.write(systemActor, (w) => forgiveAttempts(w, accountId));
    return;
  }
  const locked = await recordWrongPassword(deps, accountId, place.attempts, (w) =>
    endSessionsOf(w.trx, accountId, w.at),
  );
  if (locked) {
    throw new CoreError('UNAUTHENTICATED', 'Too many wrong passwords: signed out and locked', {
      reason: 'passwordTriesExceeded',
    });
  }
  throw fieldError(['currentPassword'], 'password_wrong', 'The current password is wrong');
}
