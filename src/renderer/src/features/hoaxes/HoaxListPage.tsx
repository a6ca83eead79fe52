import { Anchor, Badge, Button, Group, MultiSelect, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconLayoutKanban, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  hoaxPlatforms,
  hoaxStatuses,
  hoaxVerdicts,
  type HoaxPlatform,
  type HoaxStatus,
  type HoaxVerdict,
} from '../../../../shared/hoaxes/vocabulary';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useFormatInstant } from '../../components/useOfficeTime';
import { durationText, statusColors, verdictColors } from './hoaxLabels';
import { useHoaxList, useHoaxStats, useCrisisChoices } from './useHoaxes';

const pageSize = 100;

/** /hoaxes/list: the register filtered by status, verdict, platform, topic, crisis and words. */
export function HoaxListPage() {
  const { t } = useTranslation();
  const format = useFormatInstant();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query, 250);
  const [statuses, setStatuses] = useState<HoaxStatus[]>([]);
  const [verdicts, setVerdicts] = useState<HoaxVerdict[]>([]);
  const [platforms, setPlatforms] = useState<HoaxPlatform[]>([]);
  const [topic, setTopic] = useState<string | null>(null);
  const [crisisId, setCrisisId] = useState<string | null>(null);
  const [page, setPage] = useState(0);
  const stats = useHoaxStats();
  const crises = useCrisisChoices('all');
  const list = useHoaxList({
    query: debounced,
    statuses,
    verdicts,
    platforms,
    topic: topic ?? '',
    crisisId,
    limit: pageSize,
    offset: page * pageSize,
  });
  const reset =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setPage(0);
    };
  return (
    <Stack>
      <PageHeader
        title={t('hoaxes.list.title')}
        description={t('hoaxes.list.description')}
        actions={
          <Button variant="default" component={Link} to="/hoaxes" leftSection={<IconLayoutKanban size={16} />}>
            {t('hoaxes.board.title')}
          </Button>
        }
      />
      <Group align="flex-end">
        <TextInput
          label={t('hoaxes.list.search')}
          leftSection={<IconSearch size={16} />}
          value={query}
          onChange={(event) => reset(setQuery)(event.currentTarget.value)}
          w={260}
        />
        <MultiSelect
          label={t('hoaxes.fields.status')}
          data={hoaxStatuses.map((value) => ({ value, label: t(`hoaxes.status.${value}`) }))}
          value={statuses}
          onChange={(value) => reset(setStatuses)(value as HoaxStatus[])}
          clearable
          w={220}
        />
        <MultiSelect
          label={t('hoaxes.fields.verdict')}
          data={hoaxVerdicts.map((value) => ({ value, label: t(`hoaxes.verdict.${value}`) }))}
          value={verdicts}
          onChange={(value) => reset(setVerdicts)(value as HoaxVerdict[])}
          clearable
          w={220}
        />
        <MultiSelect
          label={t('hoaxes.fields.platforms')}
          data={hoaxPlatforms.map((value) => ({ value, label: t(`hoaxes.platform.${value}`) }))}
          value={platforms}
          onChange={(value) => reset(setPlatforms)(value as HoaxPlatform[])}
          clearable
          w={220}
        />
        <Select
          label={t('hoaxes.fields.topic')}
          data={stats.data?.topics ?? []}
          value={topic}
          onChange={reset(setTopic)}
          clearable
          searchable
          w={180}
        />
        <Select
          label={t('hoaxes.fields.crisis')}
          data={(crises.data ?? []).map((crisis) => ({ value: crisis.id, label: crisis.title }))}
          value={crisisId}
          onChange={reset(setCrisisId)}
          clearable
          searchable
          w={220}
        />
      </Group>
      <QueryState query={list}>
        {(data) =>
          data.items.length === 0 ? (
            <Text c="dimmed" size="sm">
              {t('hoaxes.list.empty')}
            </Text>
          ) : (
            <>
              <Table striped highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('hoaxes.fields.claim')}</Table.Th>
                    <Table.Th>{t('hoaxes.fields.status')}</Table.Th>
                    <Table.Th>{t('hoaxes.fields.verdict')}</Table.Th>
                    <Table.Th>{t('hoaxes.fields.platforms')}</Table.Th>
                    <Table.Th>{t('hoaxes.fields.firstSeenAt')}</Table.Th>
                    <Table.Th>{t('hoaxes.fields.topic')}</Table.Th>
                    <Table.Th>{t('hoaxes.fields.timeToClarify')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((hoax) => (
                    <Table.Tr key={hoax.id}>
                      <Table.Td maw={420}>
                        <Anchor component={Link} to={`/hoaxes/${hoax.id}`} size="sm" lineClamp={2}>
                          {hoax.claim}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        <Badge color={statusColors[hoax.status]} variant="light">
                          {t(`hoaxes.status.${hoax.status}`)}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        {hoax.verdict && (
                          <Badge color={verdictColors[hoax.verdict]}>{t(`hoaxes.verdict.${hoax.verdict}`)}</Badge>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Text size="xs">
                          {hoax.platforms.map((platform) => t(`hoaxes.platform.${platform}`)).join(', ')}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="xs">{format(hoax.firstSeenAt)}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="xs">{hoax.topic}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="xs">{durationText(t, hoax.minutesToClarify)}</Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              <Group justify="space-between">
                <Text size="sm" c="dimmed">
                  {t('hoaxes.list.count', {
                    from: page * pageSize + 1,
                    to: page * pageSize + data.items.length,
                    total: data.total,
                  })}
                </Text>
                <Group gap="xs">
                  <Button variant="default" size="xs" disabled={page === 0} onClick={() => setPage(page - 1)}>
                    {t('hoaxes.list.previous')}
                  </Button>
                  <Button
                    variant="default"
                    size="xs"
                    disabled={(page + 1) * pageSize >= data.total}
                    onClick={() => setPage(page + 1)}
                  >
                    {t('hoaxes.list.next')}
                  </Button>
                </Group>
              </Group>
            </>
          )
        }
      </QueryState>
    </Stack>
  );
}
