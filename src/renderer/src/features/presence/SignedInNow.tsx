import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePresence } from './usePresence';

/**
 * The people signed in now besides the viewer, with their desks — in the editor, who could take a
 * question or a decision at once. Nothing while nobody else is.
 */
export function SignedInNow({ exceptAccountId }: { exceptAccountId?: string }) {
  const { t } = useTranslation();
  const others = (usePresence().data ?? []).filter((person) => person.accountId !== exceptAccountId);
  if (others.length === 0) return null;
  return (
    <Group gap={6} wrap="wrap" aria-label={t('presence.title')} role="group">
      <Text size="xs" c="dimmed">
        {t('presence.title')}:
      </Text>
      {others.map((person) => (
        <Text key={person.accountId} size="xs">
          <span
            aria-hidden
            style={{
              display: 'inline-block',
              width: 7,
              height: 7,
              borderRadius: 4,
              marginRight: 4,
              background: 'var(--mantine-color-teal-6)',
            }}
          />
          {person.desks.length > 0 ? `${person.fullName} (${person.desks.join(', ')})` : person.fullName}
        </Text>
      ))}
    </Group>
  );
}
