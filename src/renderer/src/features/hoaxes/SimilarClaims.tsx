import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useChannelQuery } from '../../api/channelQueries';
import { statusColors, verdictColors } from './hoaxLabels';

/**
 * Claims already in the register that read like the one being typed: a duplicate is better
 * added to (or merged into) the record the desk already has.
 */
export function SimilarClaims({ text, excludeId }: { text: string; excludeId: string | null }) {
  const { t } = useTranslation();
  const [debounced] = useDebouncedValue(text.trim(), 400);
  const similar = useChannelQuery(
    'hoaxes.similar',
    { text: debounced.slice(0, 4000), excludeId },
    { enabled: debounced.length >= 10 },
  );
  const items = similar.data ?? [];
  return (
    <Paper withBorder p="md" component="aside" aria-label={t('hoaxes.similar.title')}>
      <Title order={3} size="h5" mb="xs">
        {t('hoaxes.similar.title')}
      </Title>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {debounced.length < 10 ? t('hoaxes.similar.typeMore') : t('hoaxes.similar.none')}
        </Text>
      ) : (
        <Stack gap="sm">
          {items.map((item) => (
            <div key={item.id}>
              <Anchor component={Link} to={`/hoaxes/${item.id}`} size="sm" lineClamp={3}>
                {item.claim}
              </Anchor>
              <Group gap={4} mt={2}>
                <Badge size="xs" color="blue" variant="filled">
                  {t('hoaxes.similar.score', { percent: Math.round(item.score * 100) })}
                </Badge>
                <Badge size="xs" color={statusColors[item.status]} variant="light">
                  {t(`hoaxes.status.${item.status}`)}
                </Badge>
                {item.verdict && (
                  <Badge size="xs" color={verdictColors[item.verdict]}>
                    {t(`hoaxes.verdict.${item.verdict}`)}
                  </Badge>
                )}
              </Group>
            </div>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
