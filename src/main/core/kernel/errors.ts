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

/** A refusal because of the record's state (`reason` names it for the translated message). */
export const conflict = (reason: string, message: string, extra: Record<string, unknown> = {}) =>
  new CoreError('CONFLICT', message, { reason, ...extra });
