import { Anchor, Badge, Button, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { IconFilePencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Hoax } from '../../../../shared/ipc/hoaxes';
import type { Language } from '../../../../shared/ipc/preferences';
import { notifyFailure } from '../../components/notifyFailure';
import { useFormatInstant } from '../../components/useOfficeTime';
import { durationText } from './hoaxLabels';
import { useDraftClarification } from './useHoaxActions';

/**
 * The clarification statement: drafted from the record in one action once there is a verdict,
 * then approved and released like any statement; its release clarifies the claim and stops the
 * time to clarify.
 */
export function ClarificationPanel({ hoax }: { hoax: Hoax }) {
  const { t, i18n } = useTranslation();
  const format = useFormatInstant();
  const navigate = useNavigate();
  const draft = useDraftClarification();
  const [language, setLanguage] = useState<Language>(i18n.language === 'en' ? 'en' : 'id');
  const clarification = hoax.clarification;
  const live = clarification && clarification.status !== 'withdrawn';
  return (
    <Paper withBorder p="md" component="section" aria-label={t('hoaxes.clarification.title')}>
      <Title order={3} size="h5" mb="xs">
        {t('hoaxes.clarification.title')}
      </Title>
      <Stack gap="xs">
        {hoax.minutesToClarify !== null && (
          <div>
            <Text size="xs" c="dimmed">
              {t('hoaxes.fields.timeToClarify')}
            </Text>
            <Text size="xl" fw={700} c="teal" data-testid="time-to-clarify">
              {durationText(t, hoax.minutesToClarify)}
            </Text>
            <Text size="xs" c="dimmed">
              {t('hoaxes.clarification.span', {
                from: format(hoax.firstSeenAt),
                to: hoax.clarifiedAt ? format(hoax.clarifiedAt) : '—',
              })}
            </Text>
          </div>
        )}
        {clarification && (
          <Group gap="xs">
            <Anchor component={Link} to={`/statements/${clarification.statementId}`} size="sm" fw={500}>
              {[clarification.number, clarification.title].filter(Boolean).join(' · ')}
            </Anchor>
            <Badge variant="light">{t(`statements.status.${clarification.status}`)}</Badge>
          </Group>
        )}
        {!live && hoax.can.draftClarification && (
          <Group align="flex-end">
            <SegmentedControl
              aria-label={t('hoaxes.clarification.language')}
              value={language}
              onChange={(value) => setLanguage(value as Language)}
              data={[
                { value: 'id', label: t('language.id') },
                { value: 'en', label: t('language.en') },
              ]}
            />
            <Button
              leftSection={<IconFilePencil size={16} />}
              loading={draft.isPending}
              onClick={() =>
                draft.mutate(
                  { id: hoax.id, language },
                  {
                    onSuccess: ({ statementId }) => void navigate(`/statements/${statementId}`),
                    onError: (error) => notifyFailure(t, error),
                  },
                )
              }
            >
              {t('hoaxes.clarification.draft')}
            </Button>
          </Group>
        )}
        {!live && !hoax.verdict && (
          <Text size="sm" c="dimmed">
            {t('hoaxes.clarification.needsVerdict')}
          </Text>
        )}
        {live && clarification.status !== 'released' && (
          <Text size="sm" c="dimmed">
            {t('hoaxes.clarification.inWorkflow')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
