import { Anchor, Badge, Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HoaxSummary } from '../../../../shared/ipc/hoaxes';
import { useFormatInstant } from '../../components/useOfficeTime';
import { durationText, verdictColors } from './hoaxLabels';

/** One claim on the board: what it says, where it went round, its verdict and time to clarify. */
export function HoaxCard({ hoax }: { hoax: HoaxSummary }) {
  const { t } = useTranslation();
  const format = useFormatInstant();
  return (
    <Paper withBorder p="sm" component="article" aria-label={hoax.claim}>
      <Anchor component={Link} to={`/hoaxes/${hoax.id}`} size="sm" fw={500} lineClamp={3}>
        {hoax.claim}
      </Anchor>
      <Group gap={4} mt={6}>
        {hoax.verdict && (
          <Badge size="xs" color={verdictColors[hoax.verdict]}>
            {t(`hoaxes.verdict.${hoax.verdict}`)}
          </Badge>
        )}
        {hoax.platforms.map((platform) => (
          <Badge key={platform} size="xs" variant="outline" color="gray">
            {t(`hoaxes.platform.${platform}`)}
          </Badge>
        ))}
      </Group>
      <Text size="xs" c="dimmed" mt={6}>
        {t('hoaxes.card.firstSeen', { time: format(hoax.firstSeenAt) })}
        {hoax.topic && ` · ${hoax.topic}`}
      </Text>
      {hoax.crisis && (
        <Text size="xs" c="dimmed">
          {t('hoaxes.card.crisis', { title: hoax.crisis.title })}
        </Text>
      )}
      {hoax.minutesToClarify !== null && (
        <Text size="xs" c="teal" fw={600}>
          {t('hoaxes.card.clarifiedIn', { duration: durationText(t, hoax.minutesToClarify) })}
        </Text>
      )}
    </Paper>
  );
}
