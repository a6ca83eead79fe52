import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { rolesAllow } from '../../../../shared/permissions';
import { QueryState } from '../../components/QueryState';
import { useMe } from '../../components/useSession';
import { durationText, statusColors, verdictColors } from './hoaxLabels';
import { useHoaxList } from './useHoaxes';

/** On a crisis: the claims going round about it, and logging one for it. */
export function CrisisHoaxesCard({ crisisId, open }: { crisisId: string; open: boolean }) {
  const { t } = useTranslation();
  const me = useMe();
  const list = useHoaxList({ crisisId, limit: 50 });
  const mayLog = open && rolesAllow(me.data?.roles ?? [], 'hoaxes.manage');
  return (
    <Paper withBorder p="md" component="section" aria-label={t('hoaxes.crisisCard.title')}>
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5">
          {t('hoaxes.crisisCard.title')}
        </Title>
        {mayLog && (
          <Button
            size="xs"
            variant="light"
            component={Link}
            to={`/hoaxes/new?crisis=${crisisId}`}
            leftSection={<IconPlus size={14} />}
          >
            {t('hoaxes.new')}
          </Button>
        )}
      </Group>
      <QueryState query={list}>
        {(page) =>
          page.items.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('hoaxes.crisisCard.none')}
            </Text>
          ) : (
            <Stack gap="xs">
              {page.items.map((hoax) => (
                <div key={hoax.id}>
                  <Anchor component={Link} to={`/hoaxes/${hoax.id}`} size="sm" lineClamp={2}>
                    {hoax.claim}
                  </Anchor>
                  <Group gap={4} mt={2}>
                    <Badge size="xs" color={statusColors[hoax.status]} variant="light">
                      {t(`hoaxes.status.${hoax.status}`)}
                    </Badge>
                    {hoax.verdict && (
                      <Badge size="xs" color={verdictColors[hoax.verdict]}>
                        {t(`hoaxes.verdict.${hoax.verdict}`)}
                      </Badge>
                    )}
                    {hoax.minutesToClarify !== null && (
                      <Text size="xs" c="teal">
                        {t('hoaxes.card.clarifiedIn', { duration: durationText(t, hoax.minutesToClarify) })}
                      </Text>
                    )}
                  </Group>
                </div>
              ))}
            </Stack>
          )
        }
      </QueryState>
    </Paper>
  );
}
