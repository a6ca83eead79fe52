import { Paper, Timeline, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Hoax } from '../../../../shared/ipc/hoaxes';
import { useFormatInstant } from '../../components/useOfficeTime';

/** Who moved the claim along, and when. */
export function HistoryPanel({ hoax }: { hoax: Hoax }) {
  const { t } = useTranslation();
  const format = useFormatInstant();
  return (
    <Paper withBorder p="md" component="section" aria-label={t('hoaxes.history.title')}>
      <Title order={3} size="h5" mb="sm">
        {t('hoaxes.history.title')}
      </Title>
      <Timeline bulletSize={12} lineWidth={2} active={hoax.history.length}>
        {hoax.history.map((event, index) => (
          <Timeline.Item key={index} title={t(`hoaxes.history.${event.action}`, { defaultValue: event.action })}>
            <Text size="xs" c="dimmed">
              {event.by} · {format(event.at)}
            </Text>
            {event.action === 'verdict' && event.note && <Text size="xs">{t(`hoaxes.verdict.${event.note}`)}</Text>}
            {event.action === 'closed' && event.note && <Text size="xs">{event.note}</Text>}
          </Timeline.Item>
        ))}
      </Timeline>
    </Paper>
  );
}
