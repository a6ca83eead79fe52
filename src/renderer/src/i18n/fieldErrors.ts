import type { TFunction } from 'i18next';
import { ApiError } from '../api/apiError';

/**
 * The core's VALIDATION (and CONFLICT) issues as form errors, keyed by field path, translated.
 * `prefix` strips a leading path part (the wizard's `office.` / `admin.`).
 */
export function fieldErrors(t: TFunction, error: unknown, prefix?: string): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const errors: Record<string, string> = {};
  for (const issue of error.details?.issues ?? []) {
    const path = issue.path.map(String);
    if (prefix !== undefined && path[0] !== prefix) continue;
    const key = (prefix !== undefined ? path.slice(1) : path).join('.');
    if (errors[key]) continue;
    const specific = t(`errors.field.${issue.message}`, { defaultValue: '' });
    errors[key] = specific || t('errors.field.invalid');
  }
  return errors;
}

/** True when every problem was shown next to a field, so no extra banner is needed. */
export function onlyFieldErrors(error: unknown): boolean {
  return error instanceof ApiError && (error.details?.issues?.length ?? 0) > 0;
}
