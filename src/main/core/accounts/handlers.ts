import type { DomainChannel, HandlersFor } from '../kernel/handlers';
import type { AccountService } from './accountService';
import { hashSessionId, type SessionService } from './sessionService';

export function accountsHandlers(
  accounts: AccountService,
  sessions: SessionService,
): HandlersFor<DomainChannel<'accounts'>> {
  return {
    'accounts.login': ({ username, password }, context) =>
      sessions.login(username, password, context.clientId ?? 'unknown'),
    'accounts.logout': async (_input, context) => {
      await sessions.logout(context.actor);
      return {};
    },
    'accounts.me': (_input, context) => sessions.sessionAccount(context.actor.accountId),
    'accounts.changePassword': async ({ currentPassword, newPassword }, context) => {
      const actor = context.actor;
      await accounts.changeOwnPassword(actor, currentPassword, newPassword, hashSessionId(actor.sessionId));
      return {};
    },
    'accounts.list': () => accounts.list(),
    'accounts.create': (input, context) => accounts.create(input, context.actor),
    'accounts.update': (input, context) => accounts.update(input, context.actor),
    'accounts.deactivate': ({ id }, context) => accounts.deactivate(id, context.actor),
    'accounts.reactivate': ({ id }, context) => accounts.reactivate(id, context.actor),
    'accounts.resetPassword': ({ id, newPassword }, context) => accounts.resetPassword(id, newPassword, context.actor),
    'accounts.unlock': ({ id }, context) => accounts.unlock(id, context.actor),
  };
}
