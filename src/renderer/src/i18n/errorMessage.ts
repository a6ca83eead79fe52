import type { TFunction } from 'i18next';
import { isErrorCode } from '../../../shared/ipc/result';
import { ApiError } from '../api/apiError';

/**
 * The translated sentence for a failure: the specific reason when we have words for it, else
 * the code's general message. Never the raw message or a stack trace.
 */
export function errorMessage(t: TFunction, error: unknown, format?: (iso: string) => string): string {
  if (error instanceof ApiError) {
    const reason = error.details?.reason;
    if (typeof reason === 'string') {
      const until = error.details?.['lockedUntil'];
      // Plain details (who changed it, which placeholders, which step) fill the sentence's blanks.
      const values = Object.fromEntries(
        Object.entries(error.details ?? {}).filter(
          (entry): entry is [string, string | number] => typeof entry[1] === 'string' || typeof entry[1] === 'number',
        ),
      );
      const specific = t(`errors.reason.${reason}`, {
        ...values,
        defaultValue: '',
        until: typeof until === 'string' ? (format?.(until) ?? until) : '',
      });
      if (specific) return specific;
    }
    if (isErrorCode(error.code)) return t(`errors.code.${error.code}`);
  }
  return t('errors.code.INTERNAL');
}
