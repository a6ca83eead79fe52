import type { CallContext, SessionActor } from '../kernel/context';
import { CoreError } from '../kernel/errors';

/** For handlers of signed-in channels: the dispatcher has resolved the actor already. */
export function requireActor(context: CallContext): SessionActor {
  if (!context.actor) throw new CoreError('UNAUTHENTICATED', 'Sign in first', { reason: 'signInRequired' });
  return context.actor;
}
