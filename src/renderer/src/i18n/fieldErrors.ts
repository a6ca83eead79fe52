import type { TFunction } from 'i18next';
import type { FieldIssue } from '../../../shared/ipc/result';
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
    errors[key] = specific || overLimit(t, issue) || t('errors.field.invalid');
  }
  return errors;
}

/** "At most 4,000 characters": a value over the contract's limit says what the limit is. */
function overLimit(t: TFunction, issue: FieldIssue): string {
  if (issue.rule !== 'too_big' || issue.limit === undefined) return '';
  if (issue.of === 'string') return t('errors.field.text_over_limit', { limit: issue.limit });
  if (issue.of === 'array' || issue.of === 'set') return t('errors.field.items_over_limit', { limit: issue.limit });
  return t('errors.field.number_over_limit', { limit: issue.limit });
}

/** True when every problem was shown next to a field, so no extra banner is needed. */
export function onlyFieldErrors(error: unknown): boolean {
  return error instanceof ApiError && (error.details?.issues?.length ?? 0) > 0;
}
