import { systemActor, type WriteScope } from '../kernel/writeScope';
import type { CoreDeps } from '../kernel/coreDeps';
import type { Transaction } from 'kysely';
import type { z } from 'zod';
import type { Account, newAccountSchema } from '../../../shared/ipc/accounts';
import type { Actor, SessionActor } from '../kernel/context';
import type { Database } from '../db/schema';
import { CoreError, notFound } from '../kernel/errors';
import { newId } from '../kernel/ids';
import { fieldError } from '../kernel/validationError';
import { countActiveAdmins, findAccountRow, listAccounts, readAccount, replaceRoles } from './accountRepository';
import { hashPassword, verifyPassword } from './passwords';

export type AccountServiceDeps = CoreDeps;

/** An account's own fields as the contract has parsed them. */
export type AccountFields = Omit<z.output<typeof newAccountSchema>, 'password'>;

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

export function createAccountService(deps: AccountServiceDeps) {
  const { db } = deps.store.connection;

  async function mustRead(trxOrDb: Transaction<Database> | typeof db, id: string): Promise<Account> {
    const account = await readAccount(trxOrDb, id);
    if (!account) throw notFound('account', id);
    return account;
  }

  /** One state change on one account: the change, its audit event, then the event after commit. */
  async function change(
    id: string,
    actor: Actor,
    work: (w: WriteScope, before: Account) => Promise<void>,
  ): Promise<Account> {
    return deps.write(actor, async (w) => {
      const before = await mustRead(w.trx, id);
      await work(w, before);
      const { trx } = w;
      w.emit('accounts.changed', { accountId: id });
      return mustRead(trx, id);
    });
  }

  async function keepAnAdmin(trx: Transaction<Database>, before: Account): Promise<void> {
    // Called after the change: if no active admin remains, the transaction is rolled back.
    if (before.roles.includes('admin') && before.active && (await countActiveAdmins(trx)) === 0) {
      throw new CoreError('CONFLICT', 'The last active administrator cannot be removed', { reason: 'lastAdmin' });
    }
  }

  return {
    list: () => listAccounts(db),

    async create(input: AccountFields & { password: string }, actor: Actor): Promise<Account> {
      const passwordHash = await hashPassword(input.password);
      return deps.write(actor, async (w) => {
        const { trx } = w;
        const id = await insertAccount(w, { ...input, passwordHash });
        w.emit('accounts.changed', { accountId: id });
        return mustRead(trx, id);
      });
    },

    update(input: Omit<AccountFields, 'username'> & { id: string }, actor: Actor): Promise<Account> {
      return change(input.id, actor, async (w, before) => {
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
    },

    deactivate(id: string, actor: Actor): Promise<Account> {
      return change(id, actor, async (w, before) => {
        const { trx, at } = w;
        if (!before.active) return;
        await trx.updateTable('account').set({ active: 0, updated_at: at }).where('id', '=', id).execute();
        await keepAnAdmin(trx, before);
        await endSessionsOf(trx, id, at);
        await w.audit('account.deactivated', 'account', id);
      });
    },

    reactivate(id: string, actor: Actor): Promise<Account> {
      return change(id, actor, async (w, before) => {
        const { trx, at } = w;
        if (before.active) return;
        await trx
          .updateTable('account')
          .set({ active: 1, failed_attempts: 0, locked_until: null, updated_at: at })
          .where('id', '=', id)
          .execute();
        await w.audit('account.reactivated', 'account', id);
      });
    },

    async resetPassword(id: string, newPassword: string, actor: Actor): Promise<Account> {
      const passwordHash = await hashPassword(newPassword);
      return change(id, actor, async (w, _before) => {
        const { trx, at } = w;
        await trx
          .updateTable('account')
          .set({ password_hash: passwordHash, failed_attempts: 0, locked_until: null, updated_at: at })
          .where('id', '=', id)
          .execute();
        await endSessionsOf(trx, id, at);
        await w.audit('account.passwordReset', 'account', id);
      });
    },

    unlock(id: string, actor: Actor): Promise<Account> {
      return change(id, actor, async (w, before) => {
        const { trx, at } = w;
        if (before.lockedUntil === null) return;
        await trx
          .updateTable('account')
          .set({ failed_attempts: 0, locked_until: null, updated_at: at })
          .where('id', '=', id)
          .execute();
        await w.audit('account.unlocked', 'account', id);
      });
    },

    async changeOwnPassword(
      actor: SessionActor,
      currentPassword: string,
      newPassword: string,
      currentSessionHash: string,
    ): Promise<void> {
      const row = await findAccountRow(db, { id: actor.accountId });
      if (!row || !(await verifyPassword(currentPassword, row.password_hash))) {
        throw fieldError(['currentPassword'], 'password_wrong', 'The current password is wrong');
      }
      const passwordHash = await hashPassword(newPassword);
      await change(actor.accountId, actor, async (w) => {
        const { trx, at } = w;
        await trx
          .updateTable('account')
          .set({ password_hash: passwordHash, updated_at: at })
          .where('id', '=', actor.accountId)
          .execute();
        // Other windows signed in as this person must sign in again with the new password.
        await endSessionsOf(trx, actor.accountId, at, currentSessionHash);
        await w.audit('account.passwordChanged', 'account', actor.accountId);
      });
    },
  };
}

export type AccountService = ReturnType<typeof createAccountService>;
