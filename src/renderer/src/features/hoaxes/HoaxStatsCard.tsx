import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { hoaxVerdicts, openHoaxStatuses } from '../../../../shared/hoaxes/vocabulary';
import { QueryState } from '../../components/QueryState';
import { durationText, verdictColors } from './hoaxLabels';
import { useHoaxStats } from './useHoaxes';

/** The home view's hoax card: claims on the desk, counts per verdict and topic, time to clarify. */
export function HoaxStatsCard() {
  const { t } = useTranslation();
  const stats = useHoaxStats();
  return (
    <Paper withBorder p="md" component="section" aria-label={t('dashboard.hoaxes')}>
      <Title order={3} size="h5" mb="xs">
        {t('dashboard.hoaxes')}
      </Title>
      <QueryState query={stats}>
        {(data) => {
          const open = openHoaxStatuses.reduce((sum, status) => sum + data.byStatus[status], 0);
          return (
            <Stack gap={6}>
              <Text size="sm" fw={open > 0 ? 600 : undefined} c={open > 0 ? 'orange' : undefined}>
                {t('dashboard.hoaxesOpen', {
                  count: open,
                  reported: data.byStatus.reported,
                  verifying: data.byStatus.verifying,
                  verdict: data.byStatus.verdict,
                })}
              </Text>
              <Group gap={4}>
                {hoaxVerdicts
                  .filter((verdict) => data.byVerdict[verdict] > 0)
                  .map((verdict) => (
                    <Badge key={verdict} size="sm" color={verdictColors[verdict]} variant="light">
                      {t(`hoaxes.verdict.${verdict}`)}: {data.byVerdict[verdict]}
                    </Badge>
                  ))}
              </Group>
              {data.byTopic.length > 0 && (
                <Text size="xs" c="dimmed">
                  {t('dashboard.hoaxTopics', {
                    topics: data.byTopic
                      .slice(0, 4)
                      .map((entry) => `${entry.topic} (${entry.count})`)
                      .join(', '),
                  })}
                </Text>
              )}
              <Text size="xs" c="dimmed">
                {t('hoaxes.stats.median', {
                  duration: durationText(t, data.medianMinutesToClarify),
                  count: data.clarifiedLast30Days,
                })}
              </Text>
              <Anchor component={Link} to="/hoaxes" size="sm">
                {t('dashboard.allHoaxes')}
              </Anchor>
            </Stack>
          );
        }}
      </QueryState>
    </Paper>
  );
}
