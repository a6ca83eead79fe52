import type { ErrorCode, ErrorDetails } from '../../../shared/ipc/result';

/**
 * An expected failure a service reports to the caller: it becomes `{ ok: false, error }` with
 * this code. Anything else thrown inside a handler is a bug and is answered as INTERNAL.
 */
export class CoreError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: ErrorDetails,
  ) {
    super(message);
    this.name = 'CoreError';
  }
}

export const notFound = (what: string, id: string) =>
  new CoreError('NOT_FOUND', `${what} ${id} does not exist`, { reason: 'notFound', entity: what });
