import { systemActor, type WriteScope } from '../kernel/writeScope';
import type { Kysely, Transaction } from 'kysely';
import type { z } from 'zod';
import type { Account, newAccountSchema } from '../../../shared/ipc/accounts';
import type { SessionActor } from '../kernel/context';
import type { Database } from '../db/schema';
import { CoreError, notFound } from '../kernel/errors';
import { newId } from '../kernel/ids';
import { countActiveAdmins, findAccountRow, readAccount, replaceRoles } from './accountRepository';

/**
 * Account care, as functions over one write (kernel/writeScope.ts). Passwords are hashed by the
 * caller before the write opens: hashing is slow on purpose and must not hold the store's lock.
 */

/** An account's own fields as the contract has parsed them. */
export type AccountFields = Omit<z.output<typeof newAccountSchema>, 'password'>;

export async function mustReadAccount(db: Kysely<Database>, id: string): Promise<Account> {
  const account = await readAccount(db, id);
  if (!account) throw notFound('account', id);
  return account;
}

/** Creates an account within the caller's write (also used by the first-run setup). */
export async function insertAccount(w: WriteScope, input: AccountFields & { passwordHash: string }): Promise<string> {
  const { trx, at } = w;
  if (await findAccountRow(trx, { username: input.username })) {
    throw new CoreError('CONFLICT', `Username ${input.username} is taken`, {
      reason: 'usernameTaken',
      issues: [{ path: ['username'], rule: 'custom', message: 'username_taken' }],
    });
  }
  const id = newId();
  await trx
    .insertInto('account')
    .values({
      id,
      username: input.username,
      full_name: input.fullName,
      nip: input.nip,
      position: input.position,
      email: input.email,
      phone: input.phone,
      password_hash: input.passwordHash,
      active: 1,
      failed_attempts: 0,
      locked_until: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
  await replaceRoles(trx, id, input.roles);
  // The first administrator creates their own account at setup (the write has no actor yet).
  const by = w.actor.accountId ?? (w.actor === systemActor ? id : null);
  await w.audit('account.created', 'account', id, { username: input.username, roles: [...input.roles].sort() }, by);
  return id;
}

/**
 * An administrator's new account, and the accounts screens told. (The first-run setup inserts its
 * administrator without the event: it would make the wizard's window ask "who am I" before it
 * holds the new session, and show the sign-in screen.)
 */
export async function createAccount(w: WriteScope, input: AccountFields & { passwordHash: string }): Promise<string> {
  const id = await insertAccount(w, input);
  w.emit('accounts.changed', { accountId: id });
  return id;
}

/** Ends every open session of an account (after a password reset or deactivation). */
export async function endSessionsOf(trx: Transaction<Database>, accountId: string, at: string, exceptHash?: string) {
  let query = trx
    .updateTable('session')
    .set({ ended_at: at })
    .where('account_id', '=', accountId)
    .where('ended_at', 'is', null);
  if (exceptHash) query = query.where('id_hash', '!=', exceptHash);
  await query.execute();
}

/** One state change on one account: the account as it was, the change, then `accounts.changed`. */
async function changeAccount(w: WriteScope, id: string, work: (before: Account) => Promise<void>): Promise<void> {
  const before = await mustReadAccount(w.trx, id);
  await work(before);
  w.emit('accounts.changed', { accountId: id });
}

/** Run after the change: if no active administrator remains, the write is rolled back. */
async function keepAnAdmin(trx: Transaction<Database>, before: Account): Promise<void> {
  if (before.roles.includes('admin') && before.active && (await countActiveAdmins(trx)) === 0) {
    throw new CoreError('CONFLICT', 'The last active administrator cannot be removed', { reason: 'lastAdmin' });
  }
}

export function updateAccount(w: WriteScope, input: Omit<AccountFields, 'username'> & { id: string }) {
  return changeAccount(w, input.id, async (before) => {
    const { trx, at } = w;
    await trx
      .updateTable('account')
      .set({
        full_name: input.fullName,
        nip: input.nip,
        position: input.position,
        email: input.email,
        phone: input.phone,
        updated_at: at,
      })
      .where('id', '=', input.id)
      .execute();
    await replaceRoles(trx, input.id, input.roles);
    await keepAnAdmin(trx, before);
    const fields = (['fullName', 'nip', 'position', 'email', 'phone'] as const).filter(
      (key) => before[key] !== input[key],
    );
    await w.audit('account.updated', 'account', input.id, {
      fields,
      rolesBefore: before.roles,
      rolesAfter: [...new Set(input.roles)].sort(),
    });
  });
}

export function deactivateAccount(w: WriteScope, id: string) {
  return changeAccount(w, id, async (before) => {
    const { trx, at } = w;
    if (!before.active) return;
    await trx.updateTable('account').set({ active: 0, updated_at: at }).where('id', '=', id).execute();
    await keepAnAdmin(trx, before);
    await endSessionsOf(trx, id, at);
    await w.audit('account.deactivated', 'account', id);
  });
}

export function reactivateAccount(w: WriteScope, id: string) {
  return changeAccount(w, id, async (before) => {
    const { trx, at } = w;
    if (before.active) return;
    await trx
      .updateTable('account')
      .set({ active: 1, failed_attempts: 0, locked_until: null, updated_at: at })
      .where('id', '=', id)
      .execute();
    await w.audit('account.reactivated', 'account', id);
  });
}

/** An administrator's reset: the new password, the account unlocked, every session ended. */
export function resetAccountPassword(w: WriteScope, id: string, passwordHash: string) {
  return changeAccount(w, id, async () => {
    const { trx, at } = w;
    await trx
      .updateTable('account')
      .set({ password_hash: passwordHash, failed_attempts: 0, locked_until: null, updated_at: at })
      .where('id', '=', id)
      .execute();
    await endSessionsOf(trx, id, at);
    await w.audit('account.passwordReset', 'account', id);
  });
}

export function unlockAccount(w: WriteScope, id: string) {
  return changeAccount(w, id, async (before) => {
    const { trx, at } = w;
    if (before.lockedUntil === null) return;
    await trx
      .updateTable('account')
      .set({ failed_attempts: 0, locked_until: null, updated_at: at })
      .where('id', '=', id)
      .execute();
    await w.audit('account.unlocked', 'account', id);
  });
}

/** A person's own new password; their other windows must sign in again, this one stays. */
export function changeOwnPassword(w: WriteScope<SessionActor>, passwordHash: string, currentSessionHash: string) {
  const { accountId } = w.actor;
  return changeAccount(w, accountId, async () => {
    const { trx, at } = w;
    await trx
      .updateTable('account')
      .set({ password_hash: passwordHash, updated_at: at })
      .where('id', '=', accountId)
      .execute();
    await endSessionsOf(trx, accountId, at, currentSessionHash);
    await w.audit('account.passwordChanged', 'account', accountId);
  });
}
