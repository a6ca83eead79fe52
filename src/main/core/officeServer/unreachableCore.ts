import { channels } from '../../../shared/ipc/contract';
import { createDispatcher, type Dispatch, type Logger } from '../kernel/dispatcher';
import { CoreError } from '../kernel/errors';
import type { Handler, Handlers, HandlersFor, DomainChannel } from '../kernel/handlers';

export interface UnreachableCore {
  dispatch: Dispatch;
  /** Why the server could not be used (a reason the renderer translates). */
  failure: CoreError;
  close(): Promise<void>;
}

/**
 * The core while the desk's office server cannot be reached or used (down, a wrong password, a
 * database from a newer Siaga). The desk never falls back to a file of its own — that would look
 * like an office that lost everything. Every channel answers `serverUnavailable` with the cause,
 * except the office server's own: what the desk is set to, test, choose another, try again.
 */
export function startUnreachableCore(deps: {
  failure: CoreError;
  officeServer: HandlersFor<DomainChannel<'store'>>;
  logger: Logger;
}): UnreachableCore {
  const cause = deps.failure.details?.reason;
  const refuse: Handler<never> = () =>
    Promise.reject(
      new CoreError('CONFLICT', `The office server cannot be used: ${deps.failure.message}`, {
        reason: 'serverUnavailable',
        cause: typeof cause === 'string' ? cause : 'serverUnreachable',
      }),
    );
  const handlers = Object.fromEntries(channels.map((channel) => [channel, refuse])) as unknown as Handlers;
  Object.assign(handlers, deps.officeServer);
  // No store, so no sessions: the public channels above are all this core answers.
  const dispatch = createDispatcher(handlers, deps.logger, () => Promise.resolve({ reason: 'serverUnavailable' }));
  return { dispatch, failure: deps.failure, close: () => Promise.resolve() };
}
