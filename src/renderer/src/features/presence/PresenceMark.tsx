import { Group, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Presence } from '../../../../shared/ipc/accounts';
import { usePresence } from './usePresence';

/** "sedang masuk · MEJA-HUMAS-2" next to a person who is signed in now; nothing for anyone else. */
export function PresenceMark({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const person = usePresence().data?.find((entry) => entry.accountId === accountId);
  if (!person) return null;
  const label = presenceLabel(t, person);
  return (
    <Tooltip label={label}>
      <Group component="span" gap={4} wrap="nowrap" style={{ display: 'inline-flex' }} aria-label={label}>
        <span
          aria-hidden
          style={{ width: 8, height: 8, borderRadius: 4, background: 'var(--mantine-color-teal-6)', flex: 'none' }}
        />
        <Text component="span" size="xs" c="teal.8">
          {label}
        </Text>
      </Group>
    </Tooltip>
  );
}

/** "sedang masuk" with the desks, in the language of the moment. */
export function presenceLabel(t: (key: string, options?: Record<string, unknown>) => string, person: Presence[number]) {
  return person.desks.length > 0
    ? t('presence.signedInAt', { desks: person.desks.join(', ') })
    : t('presence.signedIn');
}
