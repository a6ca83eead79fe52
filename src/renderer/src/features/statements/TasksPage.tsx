import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StatementSummary } from '../../../../shared/ipc/statements';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useFormatInstant } from '../../components/useOfficeTime';
import { StatementTable } from './StatementTable';
import { useMyTasks } from './useStatements';
import { useOpenDecision } from './DecisionDrawer';
import { StandInsPanel } from './StandInsPanel';

const groups = ['toDecide', 'changesRequested', 'drafts', 'toRelease'] as const;

/** "Tugas Saya": what waits for the signed-in person, most urgent first. */
export function TasksPage() {
  const { t } = useTranslation();
  const format = useFormatInstant();
  const tasks = useMyTasks();
  return (
    <Stack>
      <PageHeader title={t('tasks.title')} description={t('tasks.description')} />
      <QueryState query={tasks}>
        {(data) => (
          <SimpleGrid cols={1}>
            {groups.map((group) => (
              <TaskGroup
                key={group}
                title={t(`tasks.${group}`)}
                items={data[group]}
                format={format}
                decide={group === 'toDecide'}
              />
            ))}
          </SimpleGrid>
        )}
      </QueryState>
      <StandInsPanel />
    </Stack>
  );
}

function TaskGroup({
  title,
  items,
  format,
  decide = false,
}: {
  title: string;
  items: StatementSummary[];
  format: (iso: string) => string;
  /** Rows open the decision drawer in place. */
  decide?: boolean;
}) {
  const { t } = useTranslation();
  const openDecision = useOpenDecision();
  return (
    <Paper withBorder p="sm" component="section" aria-label={title}>
      <Title order={3} size="h5" mb="xs">
        {title} ({items.length})
      </Title>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('tasks.empty')}
        </Text>
      ) : (
        <StatementTable
          items={items}
          formatInstant={format}
          label={title}
          onDecide={decide ? openDecision : undefined}
        />
      )}
    </Paper>
  );
}
