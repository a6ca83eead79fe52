/**
 * The envelope every contract call answers with. Errors carry a code from a closed set so the
 * renderer can translate them; `message` is for logs and developers, never shown as-is.
 */
export const errorCodes = ['VALIDATION', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'INTERNAL'] as const;

export type ErrorCode = (typeof errorCodes)[number];

/** One problem with one field of an input, as reported by the core's validation. */
export interface FieldIssue {
  /** Path into the input, e.g. `['contacts', 0, 'email']`. */
  path: (string | number)[];
  /** A stable machine code (zod's issue code, or a domain rule such as `password_too_short`). */
  rule: string;
  message: string;
  /** For a value over its limit (`too_big`): the limit, and what it counts (characters of a
   * string, items of an array, a number's value), so the message can say how much is allowed. */
  limit?: number;
  of?: string;
}

export interface ErrorDetails {
  /** An i18n key under `errors.` naming a more specific, translated message. */
  reason?: string;
  issues?: FieldIssue[];
  [key: string]: unknown;
}

export interface AppError {
  code: ErrorCode;
  message: string;
  details?: ErrorDetails;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string, details?: ErrorDetails): Result<never> {
  return details === undefined
    ? { ok: false, error: { code, message } }
    : { ok: false, error: { code, message, details } };
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (errorCodes as readonly string[]).includes(value);
}
