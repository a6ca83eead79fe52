import type { DomainChannel, HandlersFor } from '../kernel/handlers';
import { writeThen } from '../kernel/writeScope';
import {
  changeOwnPassword,
  deactivateAccount,
  createAccount,
  mustReadAccount,
  reactivateAccount,
  resetAccountPassword,
  unlockAccount,
  updateAccount,
} from './accountService';
import { listAccounts } from './accountRepository';
import { hashPassword } from './passwords';
import { checkOwnPassword } from './passwordAttempts';
import { hashSessionId, login, logout, presence, sessionAccount, type SessionDeps } from './sessionService';

export function accountsHandlers(deps: SessionDeps): HandlersFor<DomainChannel<'accounts'>> {
  const { db } = deps.store.connection;
  const { write } = deps;
  const change = writeThen(write, (id) => mustReadAccount(db, id));
  return {
    'accounts.login': ({ username, password }, context) =>
      login(deps, username, password, context.clientId ?? 'unknown'),
    'accounts.logout': async (_input, { actor }) => {
      await write(actor, logout);
      return {};
    },
    'accounts.me': (_input, { actor }) => sessionAccount(deps, actor.accountId),
    'accounts.presence': () => presence(deps),
    'accounts.changePassword': async ({ currentPassword, newPassword }, { actor }) => {
      await checkOwnPassword(deps, actor.accountId, currentPassword);
      const passwordHash = await hashPassword(newPassword);
      await write(actor, (w) => changeOwnPassword(w, passwordHash, hashSessionId(actor.sessionId)));
      return {};
    },
    'accounts.list': () => listAccounts(db),
    'accounts.create': async ({ password, ...fields }, { actor }) => {
      const passwordHash = await hashPassword(password);
      return mustReadAccount(db, await write(actor, (w) => createAccount(w, { ...fields, passwordHash })));
    },
    'accounts.update': (input, { actor }) => change(input.id, actor, (w) => updateAccount(w, input)),
    'accounts.deactivate': ({ id }, { actor }) => change(id, actor, (w) => deactivateAccount(w, id)),
    'accounts.reactivate': ({ id }, { actor }) => change(id, actor, (w) => reactivateAccount(w, id)),
    'accounts.resetPassword': async ({ id, newPassword }, { actor }) => {
      const passwordHash = await hashPassword(newPassword);
      return change(id, actor, (w) => resetAccountPassword(w, id, passwordHash));
    },
    'accounts.unlock': ({ id }, { actor }) => change(id, actor, (w) => unlockAccount(w, id)),
  };
}
