import type { TFunction } from 'i18next';
import type { AuditEvent } from '../../../../shared/ipc/audit';

/*
 * The audit trail in the reader's words: each action by its name ("Kata sandi diganti"), the
 * record it is about, who did it — a failed sign-in names the account tried — and its details as
 * "key: value" lines. The codes stay beside the words: they are what the CSV and `siaga verify` show.
 */

/** "Kata sandi diganti" for `account.passwordChanged`; the code itself for an action without words yet. */
export const actionLabel = (t: TFunction, action: string) =>
  t(`audit.actions.${action.replace('.', '__')}`, { defaultValue: action });

export const entityLabel = (t: TFunction, entityType: string) =>
  t(`audit.entities.${entityType}`, { defaultValue: entityType });

/** Who acted: the person; for the core's own events about an account (a failed sign-in), the account tried. */
export function actorLabel(t: TFunction, event: AuditEvent): string {
  if (event.actorName) return event.actorName;
  if (event.subjectAccount && event.action.startsWith('account.')) {
    return t('audit.signInAttempt', { name: event.subjectAccount });
  }
  return t('audit.system');
}

const valueText = (value: unknown): string => {
  if (Array.isArray(value)) return value.map(valueText).join(', ');
  if (value && typeof value === 'object') return JSON.stringify(value);
  return String(value);
};

/** The event's details, one "key: value" per line (never a raw JSON blob). */
export function detailLines(data: Record<string, unknown>): string[] {
  return Object.entries(data)
    .filter(([, value]) => value !== null && value !== undefined && value !== '')
    .map(([key, value]) => `${key}: ${valueText(value)}`);
}
