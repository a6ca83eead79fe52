import { Button, Code, Paper, Select, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditFilter } from '../../../../shared/ipc/audit';
import { useApi } from '../../api/ApiContext';
import { callOrThrow, useChannelQuery } from '../../api/channelQueries';
import { QueryState } from '../../components/QueryState';
import { useFormatInstant } from '../../components/useOfficeTime';
import { notifyFailure } from '../../components/notifyFailure';
import { PageHeader } from '../../components/PageHeader';
import { downloadBlob } from '../../components/download';
import { dayBounds } from '../../../../shared/time/zonedInstant';
import { AnchorStatus } from './AnchorStatus';
import { actionLabel, actorLabel, detailLines, entityLabel } from './auditWords';
import { DayField } from '../../components/when/DayField';

export function AuditPage() {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormatInstant();
  const office = useChannelQuery('office.get', {});
  const accounts = useChannelQuery('accounts.list', {}, { retry: false });
  const [actorId, setActorId] = useState<string | null>(null);
  const [action, setAction] = useState<string | null>(null);
  const [entityType, setEntityType] = useState<string | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const zone = office.data?.timeZone ?? 'Asia/Jakarta';
  const fromInstant = dayBounds(from, zone)?.start;
  const toInstant = dayBounds(to, zone)?.end;
  const filter: AuditFilter = {
    ...(actorId ? { actorId } : {}),
    ...(action ? { action } : {}),
    ...(entityType ? { entityType } : {}),
    ...(fromInstant ? { from: fromInstant } : {}),
    ...(toInstant ? { to: toInstant } : {}),
  };
  const [limit, setLimit] = useState(100);
  const query = useChannelQuery('audit.list', { ...filter, limit });
  // Admins pick from every account; reviewers and approvers (no account list) from who appears.
  const personOptions = accounts.data
    ? accounts.data.map((account) => ({ value: account.id, label: account.fullName }))
    : [
        ...new Map(
          (query.data?.events ?? []).filter((e) => e.actorId && e.actorName).map((e) => [e.actorId!, e.actorName!]),
        ).entries(),
      ].map(([value, label]) => ({ value, label }));

  const exportCsv = () =>
    callOrThrow(api, 'audit.exportCsv', filter).then(
      (file) => {
        downloadBlob(file.fileName, new Blob([file.csv], { type: 'text/csv;charset=utf-8' }));
        notifications.show({ message: t('audit.exported', { rows: file.rows, file: file.fileName }), color: 'teal' });
      },
      (error: unknown) => notifyFailure(t, error),
    );

  return (
    <Stack>
      <PageHeader
        title={t('audit.title')}
        description={t('audit.description')}
        actions={
          <Button variant="default" onClick={() => void exportCsv()}>
            {t('audit.exportCsv')}
          </Button>
        }
      />
      {query.data && (
        <Text size="sm">
          {t('audit.head')}: <Code data-testid="audit-head">{`${query.data.head.seq}:${query.data.head.hash}`}</Code>
        </Text>
      )}
      <AnchorStatus />
      <SimpleGrid cols={{ base: 1, sm: 5 }}>
        <Select
          label={t('audit.person')}
          placeholder={t('audit.any')}
          clearable
          data={personOptions}
          value={actorId}
          onChange={setActorId}
        />
        <Select
          label={t('audit.action')}
          placeholder={t('audit.any')}
          clearable
          data={(query.data?.actions ?? []).map((value) => ({ value, label: actionLabel(t, value) }))}
          searchable
          value={action}
          onChange={setAction}
        />
        <Select
          label={t('audit.entity')}
          placeholder={t('audit.any')}
          clearable
          data={(query.data?.entityTypes ?? []).map((value) => ({ value, label: entityLabel(t, value) }))}
          value={entityType}
          onChange={setEntityType}
        />
        <DayField label={t('audit.from')} value={from} onChange={setFrom} />
        <DayField label={t('audit.to')} value={to} onChange={setTo} />
      </SimpleGrid>
      <Paper withBorder>
        <QueryState query={query}>
          {(page) =>
            page.events.length === 0 ? (
              <Text p="md" c="dimmed">
                {t('audit.empty')}
              </Text>
            ) : (
              <Table striped aria-label={t('audit.title')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('audit.seq')}</Table.Th>
                    <Table.Th>{t('audit.at')}</Table.Th>
                    <Table.Th>{t('audit.person')}</Table.Th>
                    <Table.Th>{t('audit.action')}</Table.Th>
                    <Table.Th>{t('audit.entity')}</Table.Th>
                    <Table.Th>{t('audit.data')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {page.events.map((event) => (
                    <Table.Tr key={event.seq}>
                      <Table.Td>{event.seq}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{format(event.at)}</Table.Td>
                      <Table.Td>{actorLabel(t, event)}</Table.Td>
                      <Table.Td>
                        <Text size="sm">{actionLabel(t, event.action)}</Text>
                        <Code fz="xs">{event.action}</Code>
                      </Table.Td>
                      <Table.Td>{entityLabel(t, event.entityType)}</Table.Td>
                      <Table.Td>
                        {detailLines(event.data).map((line) => (
                          <Text key={line} size="xs" style={{ wordBreak: 'break-word' }}>
                            {line}
                          </Text>
                        ))}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )
          }
        </QueryState>
      </Paper>
      {query.data && query.data.events.length >= limit && (
        <Button variant="subtle" onClick={() => setLimit((n) => Math.min(n + 100, 500))} disabled={limit >= 500}>
          {t('audit.loadMore')}
        </Button>
      )}
    </Stack>
  );
}
