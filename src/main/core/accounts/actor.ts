import type { Actor, CallContext } from '../context';
import { CoreError } from '../errors';

/** For handlers of signed-in channels: the dispatcher has resolved the actor already. */
export function requireActor(context: CallContext): Actor {
  if (!context.actor) throw new CoreError('UNAUTHENTICATED', 'Sign in first', { reason: 'signInRequired' });
  return context.actor;
}
