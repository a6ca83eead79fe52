import type { Transaction } from 'kysely';
import type { z } from 'zod';
import type { Account, newAccountSchema } from '../../../shared/ipc/accounts';
import { appendAudit } from '../audit/auditChain';
import type { Actor, SessionActor } from '../kernel/context';
import type { Database } from '../db/schema';
import type { Store } from '../db/store';
import { transact, type AfterCommit } from '../db/transaction';
import { CoreError, notFound } from '../kernel/errors';
import type { EventBus } from '../kernel/eventBus';
import { newId } from '../kernel/ids';
import { fieldError } from '../kernel/validationError';
import { countActiveAdmins, findAccountRow, listAccounts, readAccount, replaceRoles } from './accountRepository';
import { hashPassword, verifyPassword } from './passwords';

export interface AccountServiceDeps {
  store: Store;
  events: EventBus;
  now: () => Date;
}

/** An account's own fields as the contract has parsed them. */
export type AccountFields = Omit<z.output<typeof newAccountSchema>, 'password'>;

/** Creates an account inside the caller's transaction (also used by the first-run setup). */
export async function insertAccount(
  trx: Transaction<Database>,
  input: AccountFields & { passwordHash: string },
  /** Who creates it; 'self' for the first administrator, who creates their own account at setup. */
  actorId: string | null | 'self',
  at: string,
): Promise<string> {
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
  await appendAudit(
    trx,
    {
      actorId: actorId === 'self' ? id : actorId,
      action: 'account.created',
      entityType: 'account',
      entityId: id,
      data: { username: input.username, roles: [...input.roles].sort() },
    },
    at,
  );
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
    work: (trx: Transaction<Database>, before: Account, at: string, afterCommit: AfterCommit) => Promise<void>,
  ): Promise<Account> {
    return transact(db, async ({ trx, afterCommit }) => {
      const before = await mustRead(trx, id);
      await work(trx, before, deps.now().toISOString(), afterCommit);
      afterCommit(() => deps.events.emit('accounts.changed', { accountId: id }));
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
      return transact(db, async ({ trx, afterCommit }) => {
        const id = await insertAccount(trx, { ...input, passwordHash }, actor.accountId, deps.now().toISOString());
        afterCommit(() => deps.events.emit('accounts.changed', { accountId: id }));
        return mustRead(trx, id);
      });
    },

    update(input: Omit<AccountFields, 'username'> & { id: string }, actor: Actor): Promise<Account> {
      return change(input.id, async (trx, before, at) => {
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
        await appendAudit(
          trx,
          {
            actorId: actor.accountId,
            action: 'account.updated',
            entityType: 'account',
            entityId: input.id,
            data: { fields, rolesBefore: before.roles, rolesAfter: [...new Set(input.roles)].sort() },
          },
          at,
        );
      });
    },

    deactivate(id: string, actor: Actor): Promise<Account> {
      return change(id, async (trx, before, at) => {
        if (!before.active) return;
        await trx.updateTable('account').set({ active: 0, updated_at: at }).where('id', '=', id).execute();
        await keepAnAdmin(trx, before);
        await endSessionsOf(trx, id, at);
        await appendAudit(
          trx,
          { actorId: actor.accountId, action: 'account.deactivated', entityType: 'account', entityId: id },
          at,
        );
      });
    },

    reactivate(id: string, actor: Actor): Promise<Account> {
      return change(id, async (trx, before, at) => {
        if (before.active) return;
        await trx
          .updateTable('account')
          .set({ active: 1, failed_attempts: 0, locked_until: null, updated_at: at })
          .where('id', '=', id)
          .execute();
        await appendAudit(
          trx,
          { actorId: actor.accountId, action: 'account.reactivated', entityType: 'account', entityId: id },
          at,
        );
      });
    },

    async resetPassword(id: string, newPassword: string, actor: Actor): Promise<Account> {
      const passwordHash = await hashPassword(newPassword);
      return change(id, async (trx, _before, at) => {
        await trx
          .updateTable('account')
          .set({ password_hash: passwordHash, failed_attempts: 0, locked_until: null, updated_at: at })
          .where('id', '=', id)
          .execute();
        await endSessionsOf(trx, id, at);
        await appendAudit(
          trx,
          { actorId: actor.accountId, action: 'account.passwordReset', entityType: 'account', entityId: id },
          at,
        );
      });
    },

    unlock(id: string, actor: Actor): Promise<Account> {
      return change(id, async (trx, before, at) => {
        if (before.lockedUntil === null) return;
        await trx
          .updateTable('account')
          .set({ failed_attempts: 0, locked_until: null, updated_at: at })
          .where('id', '=', id)
          .execute();
        await appendAudit(
          trx,
          { actorId: actor.accountId, action: 'account.unlocked', entityType: 'account', entityId: id },
          at,
        );
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
      await change(actor.accountId, async (trx, _before, at) => {
        await trx
          .updateTable('account')
          .set({ password_hash: passwordHash, updated_at: at })
          .where('id', '=', actor.accountId)
          .execute();
        // Other windows signed in as this person must sign in again with the new password.
        await endSessionsOf(trx, actor.accountId, at, currentSessionHash);
        await appendAudit(
          trx,
          {
            actorId: actor.accountId,
            action: 'account.passwordChanged',
            entityType: 'account',
            entityId: actor.accountId,
          },
          at,
        );
      });
    },
  };
}

export type AccountService = ReturnType<typeof createAccountService>;
