import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { errorMessage } from '../i18n/errorMessage';
import { fieldErrors, onlyFieldErrors } from '../i18n/fieldErrors';

/** A failed action as a red notice with the translated reason (never a stack trace), titled by what failed. */
export function notifyFailure(t: TFunction, error: unknown, title: string = t('errors.title')): void {
  notifications.show({ title, message: errorMessage(t, error), color: 'red' });
}

/** A refused save: its problems next to their fields (`fieldErrors`), anything else as a red notice. */
export function showFormFailure(
  t: TFunction,
  error: unknown,
  setErrors: (errors: Record<string, string>) => void,
  prefix?: string,
): void {
  setErrors(fieldErrors(t, error, prefix));
  if (!onlyFieldErrors(error)) notifyFailure(t, error);
}
