import type { DomainChannel, HandlersFor } from '../kernel/handlers';
import { requireActor } from './actor';
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
      await sessions.logout(requireActor(context));
      return {};
    },
    'accounts.me': (_input, context) => sessions.sessionAccount(requireActor(context).accountId),
    'accounts.changePassword': async ({ currentPassword, newPassword }, context) => {
      const actor = requireActor(context);
      await accounts.changeOwnPassword(actor, currentPassword, newPassword, hashSessionId(actor.sessionId));
      return {};
    },
    'accounts.list': () => accounts.list(),
    'accounts.create': (input, context) => accounts.create(input, requireActor(context)),
    'accounts.update': (input, context) => accounts.update(input, requireActor(context)),
    'accounts.deactivate': ({ id }, context) => accounts.deactivate(id, requireActor(context)),
    'accounts.reactivate': ({ id }, context) => accounts.reactivate(id, requireActor(context)),
    'accounts.resetPassword': ({ id, newPassword }, context) =>
      accounts.resetPassword(id, newPassword, requireActor(context)),
    'accounts.unlock': ({ id }, context) => accounts.unlock(id, requireActor(context)),
  };
}
