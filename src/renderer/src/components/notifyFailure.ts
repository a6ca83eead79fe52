import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { errorMessage } from '../i18n/errorMessage';

/** A failed action as a red notice with the translated reason (never a stack trace). */
export function notifyFailure(t: TFunction, error: unknown): void {
  notifications.show({ title: t('errors.title'), message: errorMessage(t, error), color: 'red' });
}
