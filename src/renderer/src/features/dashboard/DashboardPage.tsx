import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CrisisBoard } from '../../../../shared/ipc/crises';
import { rolesAllow } from '../../../../shared/permissions';
import { useChannelQuery } from '../../api/channelQueries';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useEventTime } from '../conferences/public';
import { phaseColors, severityColors } from '../../components/crisisLabels';
import { GoldenHourClock } from '../crises/public';
import { useCrisisBoard } from '../crises/public';
import { HoaxStatsCard } from '../hoaxes/public';
import { useFormatInstant } from '../../components/useOfficeTime';
import { useMe } from '../../components/useSession';
import { useMyTasks } from '../statements/public';
import { useOpenDecision } from '../statements/public';

const upcomingDays = 7;

/** The home view: open crises with their clocks, what waits for me, the week's conferences, failed sends. */
export function DashboardPage() {
  const { t } = useTranslation();
  const me = useMe();
  const board = useCrisisBoard();
  const mayManage = rolesAllow(me.data?.roles ?? [], 'crises.manage');
  return (
    <Stack>
      <PageHeader
        title={t('dashboard.title')}
        description={t('dashboard.description')}
        actions={
          mayManage && (
            <Button component={Link} to="/crises/new" leftSection={<IconPlus size={16} />}>
              {t('crises.new')}
            </Button>
          )
        }
      />
      <QueryState query={board}>
        {(data) => (
          <SimpleGrid cols={{ base: 1, lg: 3 }}>
            <Stack style={{ gridColumn: 'span 2' }}>
              <Title order={3} size="h4">
                {t('dashboard.openCrises')} ({data.crises.length})
              </Title>
              {data.crises.length === 0 ? (
                <Paper withBorder p="md">
                  <Text size="sm" c="dimmed">
                    {t('dashboard.noCrises')}
                  </Text>
                </Paper>
              ) : (
                data.crises.map((crisis) => <CrisisCard key={crisis.id} crisis={crisis} />)
              )}
            </Stack>
            <Stack>
              <MyWork />
              <HoaxStatsCard />
              <UpcomingConferences />
              <FailedSends sends={data.failedSends} />
            </Stack>
          </SimpleGrid>
        )}
      </QueryState>
    </Stack>
  );
}

function CrisisCard({ crisis }: { crisis: CrisisBoard['crises'][number] }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="article" aria-label={crisis.title}>
      <Group justify="space-between" align="flex-start" mb="xs">
        <div>
          <Anchor component={Link} to={`/crises/${crisis.id}`} fw={600}>
            {crisis.title}
          </Anchor>
          <Group gap="xs" mt={4}>
            <Badge color={phaseColors[crisis.phase]}>{t(`crises.phase.${crisis.phase}`)}</Badge>
            <Badge color={severityColors[crisis.severity]} variant="light">
              {t('crises.severityLevel', { level: crisis.severity })}
            </Badge>
            <Text size="xs" c="dimmed">
              {t(`crises.type.${crisis.type}`)}
              {crisis.leadSpokesperson && ` · ${t('dashboard.spokesperson', { name: crisis.leadSpokesperson })}`}
            </Text>
          </Group>
        </div>
        <Stack gap={2} align="flex-end">
          <Text size="xs" c="dimmed">
            {t('dashboard.checklist', crisis.checklist)}
          </Text>
          {crisis.overdueRequests > 0 && (
            <Text size="xs" c="red" fw={600}>
              {t('dashboard.overdueRequests', { count: crisis.overdueRequests })}
            </Text>
          )}
        </Stack>
      </Group>
      <GoldenHourClock
        compact
        facts={{ firstSignalAt: crisis.firstSignalAt, targets: crisis.goldenHourTargets, releases: crisis.releases }}
      />
    </Paper>
  );
}

function Card({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Title order={3} size="h5" mb="xs">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function MyWork() {
  const { t } = useTranslation();
  const openDecision = useOpenDecision();
  const tasks = useMyTasks();
  return (
    <Card title={t('dashboard.myWork')}>
      <QueryState query={tasks}>
        {(data) => (
          <Stack gap={6}>
            {data.toDecide.length > 0 && (
              <Text size="sm" fw={600} c="blue">
                {t('dashboard.awaitingMe', { count: data.toDecide.length })}
              </Text>
            )}
            {data.toDecide.slice(0, 5).map((statement) => (
              <Group key={statement.id} justify="space-between" wrap="nowrap" gap="xs">
                <Anchor
                  component={Link}
                  to={`/statements/${statement.id}`}
                  size="sm"
                  lineClamp={1}
                  style={{ minWidth: 0 }}
                >
                  {statement.title || t('crises.statements.untitled')}
                </Anchor>
                <Button
                  size="compact-xs"
                  style={{ flexShrink: 0 }}
                  onClick={() => openDecision(statement.id)}
                  aria-label={t('statements.decision.openFor', { title: statement.title })}
                >
                  {t('statements.decision.open')}
                </Button>
              </Group>
            ))}
            <Text size="sm">{t('dashboard.changesRequested', { count: data.changesRequested.length })}</Text>
            <Text size="sm">{t('dashboard.drafts', { count: data.drafts.length })}</Text>
            <Text size="sm">{t('dashboard.toRelease', { count: data.toRelease.length })}</Text>
            <Anchor component={Link} to="/tasks" size="sm">
              {t('dashboard.allTasks')}
            </Anchor>
          </Stack>
        )}
      </QueryState>
    </Card>
  );
}

function UpcomingConferences() {
  const { t } = useTranslation();
  const eventTime = useEventTime();
  const [range] = useState(() => ({
    from: new Date().toISOString(),
    to: new Date(Date.now() + upcomingDays * 86_400_000).toISOString(),
  }));
  const conferences = useChannelQuery('conferences.list', range);
  return (
    <Card title={t('dashboard.upcomingConferences')}>
      <QueryState query={conferences}>
        {(items) => {
          const live = items.filter((item) => item.status !== 'cancelled' && item.status !== 'done');
          return live.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('dashboard.noConferences', { days: upcomingDays })}
            </Text>
          ) : (
            <Stack gap={6}>
              {live.map((conference) => (
                <div key={conference.id}>
                  <Anchor component={Link} to={`/conferences/${conference.id}`} size="sm">
                    {conference.title}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {eventTime(conference)}
                  </Text>
                </div>
              ))}
            </Stack>
          );
        }}
      </QueryState>
    </Card>
  );
}

function FailedSends({ sends }: { sends: CrisisBoard['failedSends'] }) {
  const { t } = useTranslation();
  const format = useFormatInstant();
  return (
    <Card title={t('dashboard.failedSends')}>
      {sends.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('dashboard.noFailedSends')}
        </Text>
      ) : (
        <Stack gap={6}>
          {sends.map((send) => (
            <div key={send.distributionId}>
              {send.statementId ? (
                <Anchor component={Link} to={`/statements/${send.statementId}`} size="sm">
                  {send.title}
                </Anchor>
              ) : (
                <Text size="sm">{send.title}</Text>
              )}
              <Text size="xs" c="red">
                {t('dashboard.failedCount', { count: send.failed, time: format(send.at) })}
              </Text>
            </div>
          ))}
        </Stack>
      )}
    </Card>
  );
}
