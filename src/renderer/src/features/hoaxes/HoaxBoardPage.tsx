import { Badge, Button, Group, Paper, ScrollArea, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconList, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { hoaxStatuses, hoaxVerdicts, type HoaxStatus } from '../../../../shared/hoaxes/vocabulary';
import { rolesAllow } from '../../../../shared/permissions';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useMe } from '../../components/useSession';
import { HoaxCard } from './HoaxCard';
import { durationText, statusColors, verdictColors } from './hoaxLabels';
import { useHoaxList, useHoaxStats } from './useHoaxes';

const perColumn = 50;

/** /hoaxes: every claim on the desk by status, newest sighting first, with the register's counts. */
export function HoaxBoardPage() {
  const { t } = useTranslation();
  const me = useMe();
  const mayManage = rolesAllow(me.data?.roles ?? [], 'hoaxes.manage');
  return (
    <Stack>
      <PageHeader
        title={t('hoaxes.title')}
        description={t('hoaxes.description')}
        actions={
          <Group>
            <Button variant="default" component={Link} to="/hoaxes/list" leftSection={<IconList size={16} />}>
              {t('hoaxes.list.title')}
            </Button>
            {mayManage && (
              <Button component={Link} to="/hoaxes/new" leftSection={<IconPlus size={16} />}>
                {t('hoaxes.new')}
              </Button>
            )}
          </Group>
        }
      />
      <StatsStrip />
      <ScrollArea type="auto" offsetScrollbars>
        <SimpleGrid cols={5} miw={960} spacing="sm">
          {hoaxStatuses.map((status) => (
            <Column key={status} status={status} />
          ))}
        </SimpleGrid>
      </ScrollArea>
    </Stack>
  );
}

function Column({ status }: { status: HoaxStatus }) {
  const { t } = useTranslation();
  const list = useHoaxList({ statuses: [status], limit: perColumn });
  return (
    <Paper bg="var(--mantine-color-default-hover)" p="xs" component="section" aria-label={t(`hoaxes.status.${status}`)}>
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h6">
          {t(`hoaxes.status.${status}`)}
        </Title>
        <Badge color={statusColors[status]} variant="light">
          {list.data?.total ?? '…'}
        </Badge>
      </Group>
      <QueryState query={list}>
        {(page) => (
          <Stack gap="xs">
            {page.items.length === 0 && (
              <Text size="xs" c="dimmed">
                {t('hoaxes.board.empty')}
              </Text>
            )}
            {page.items.map((hoax) => (
              <HoaxCard key={hoax.id} hoax={hoax} />
            ))}
            {page.total > page.items.length && (
              <Text size="xs" c="dimmed">
                {t('hoaxes.board.more', { count: page.total - page.items.length })}
              </Text>
            )}
          </Stack>
        )}
      </QueryState>
    </Paper>
  );
}

/** Counts per verdict, open claims and the time to clarify lately. */
function StatsStrip() {
  const { t } = useTranslation();
  const stats = useHoaxStats();
  return (
    <QueryState query={stats}>
      {(data) => (
        <Group gap="xs">
          {hoaxVerdicts.map((verdict) => (
            <Badge key={verdict} color={verdictColors[verdict]} variant="light">
              {t(`hoaxes.verdict.${verdict}`)}: {data.byVerdict[verdict]}
            </Badge>
          ))}
          <Text size="sm" c="dimmed">
            {t('hoaxes.stats.median', {
              duration: durationText(t, data.medianMinutesToClarify),
              count: data.clarifiedLast30Days,
            })}
          </Text>
        </Group>
      )}
    </QueryState>
  );
}
