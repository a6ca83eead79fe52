import { Button, Group, MultiSelect, Paper, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { statementSorts } from '../../../../shared/ipc/statements';
import { rolesAllow } from '../../../../shared/permissions';
import {
  statementKinds,
  statementStatuses,
  type StatementKind,
  type StatementStatus,
} from '../../../../shared/statements/workflow';
import { dayBounds } from '../../../../shared/time/zonedInstant';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useChannelQuery } from '../../api/channelQueries';
import { useFormatInstant } from '../../components/useOfficeTime';
import { useMe } from '../../components/useSession';
import { NewStatementModal } from './NewStatementModal';
import { StatementTable } from './StatementTable';
import { usePeople, useStatementList } from './useStatements';
import { DayField } from '../../components/when/DayField';

const pageSize = 50;
type Sort = (typeof statementSorts)[number];

export function StatementListPage() {
  const { t } = useTranslation();
  const format = useFormatInstant();
  const me = useMe();
  const office = useChannelQuery('office.get', {});
  const people = usePeople();
  const [creating, setCreating] = useState(false);
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search, 250);
  const [statuses, setStatuses] = useState<StatementStatus[]>([]);
  const [kinds, setKinds] = useState<StatementKind[]>([]);
  const [authorId, setAuthorId] = useState<string | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [sort, setSort] = useState<Sort>('updated_desc');
  const [page, setPage] = useState(0);
  const zone = office.data?.timeZone ?? 'Asia/Jakarta';
  const fromInstant = dayBounds(from, zone)?.start;
  const toInstant = dayBounds(to, zone)?.end;
  const list = useStatementList({
    statuses,
    kinds,
    query,
    sort: query && sort === 'updated_desc' ? 'relevance' : sort,
    limit: pageSize,
    offset: page * pageSize,
    ...(authorId ? { authorId } : {}),
    ...(fromInstant ? { from: fromInstant } : {}),
    ...(toInstant ? { to: toInstant } : {}),
  });
  const resetPage =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setPage(0);
    };
  const mayDraft = rolesAllow(me.data?.roles ?? [], 'statements.draft');

  return (
    <Stack>
      <PageHeader
        title={t('statements.title')}
        description={t('statements.description')}
        actions={mayDraft && <Button onClick={() => setCreating(true)}>{t('statements.new')}</Button>}
      />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
        <TextInput
          label={t('statements.filters.search')}
          placeholder={t('statements.filters.searchPlaceholder')}
          value={search}
          onChange={(event) => resetPage(setSearch)(event.currentTarget.value)}
          type="search"
        />
        <MultiSelect
          label={t('statements.filters.statuses')}
          placeholder={statuses.length ? undefined : t('statements.filters.any')}
          data={statementStatuses.map((value) => ({ value, label: t(`statements.status.${value}`) }))}
          value={statuses}
          onChange={(value) => resetPage(setStatuses)(value as StatementStatus[])}
          clearable
        />
        <MultiSelect
          label={t('statements.filters.kinds')}
          placeholder={kinds.length ? undefined : t('statements.filters.any')}
          data={statementKinds.map((value) => ({ value, label: t(`statements.kind.${value}`) }))}
          value={kinds}
          onChange={(value) => resetPage(setKinds)(value as StatementKind[])}
          clearable
        />
        <Select
          label={t('statements.filters.author')}
          placeholder={t('statements.filters.any')}
          data={(people.data ?? []).map((person) => ({ value: person.id, label: person.fullName }))}
          value={authorId}
          onChange={resetPage(setAuthorId)}
          clearable
          searchable
        />
        <DayField label={t('statements.filters.from')} value={from} onChange={resetPage(setFrom)} />
        <DayField label={t('statements.filters.to')} value={to} onChange={resetPage(setTo)} />
        <Select
          label={t('statements.filters.sort')}
          data={statementSorts.map((value) => ({ value, label: t(`statements.sort.${value}`) }))}
          value={sort}
          onChange={(value) => value && setSort(value as Sort)}
          allowDeselect={false}
        />
      </SimpleGrid>
      <Paper withBorder>
        <QueryState query={list}>
          {(data) => (
            <Stack gap={0}>
              <StatementTable items={data.items} formatInstant={format} label={t('statements.title')} />
              <Group justify="space-between" p="sm">
                <Text size="sm" c="dimmed">
                  {t('statements.total', { count: data.total })}
                </Text>
                {data.total > pageSize && (
                  <Group gap="xs">
                    <Button size="xs" variant="default" disabled={page === 0} onClick={() => setPage(page - 1)}>
                      {t('statements.previous')}
                    </Button>
                    <Text size="sm">
                      {t('statements.page', { page: page + 1, pages: Math.ceil(data.total / pageSize) })}
                    </Text>
                    <Button
                      size="xs"
                      variant="default"
                      disabled={(page + 1) * pageSize >= data.total}
                      onClick={() => setPage(page + 1)}
                    >
                      {t('statements.next')}
                    </Button>
                  </Group>
                )}
              </Group>
            </Stack>
          )}
        </QueryState>
      </Paper>
      <NewStatementModal opened={creating} onClose={() => setCreating(false)} />
    </Stack>
  );
}
