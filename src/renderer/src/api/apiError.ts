import type { AppError, ErrorCode, ErrorDetails } from '../../../shared/ipc/result';

/** A failed contract call, thrown by the query hooks so TanStack Query sees it as an error. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetails | undefined;

  constructor(error: AppError) {
    super(error.message);
    this.name = 'ApiError';
    this.code = error.code;
    this.details = error.details;
  }
}
