import {
  Alert,
  Badge,
  Button,
  Group,
  Pagination,
  Paper,
  Progress,
  SegmentedControl,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { outboxStatuses, type OutboxStatus } from '../../../../shared/distribution/vocabulary';
import type { Distribution } from '../../../../shared/ipc/distribution';
import { notifyFailure } from '../../components/notifyFailure';
import { QueryState } from '../../components/QueryState';
import { useFormatInstant } from '../../components/useOfficeTime';
import { useDistributions, useRecipients } from './useDistribution';
import {
  useCancelDistribution,
  usePauseDistribution,
  useResumeDistribution,
  useRetryFailed,
} from './useDistributionActions';

const statusColors: Record<string, string> = {
  scheduled: 'blue',
  sending: 'cyan',
  paused: 'orange',
  completed: 'teal',
  cancelled: 'gray',
  queued: 'gray',
  retry: 'orange',
  unknown: 'yellow',
  sent: 'teal',
  failed: 'red',
};

/** A statement's distributions, newest first, each with live progress and its controls. */
export function DistributionPanel({ statementId, canSend }: { statementId: string; canSend: boolean }) {
  const { t } = useTranslation();
  const query = useDistributions(statementId);
  return (
    <QueryState query={query}>
      {(jobs) =>
        jobs.length === 0 ? (
          <Text c="dimmed">{t('distribution.panel.none')}</Text>
        ) : (
          <Stack>
            {jobs.map((job) => (
              <JobCard key={job.id} job={job} canSend={canSend} />
            ))}
          </Stack>
        )
      }
    </QueryState>
  );
}

function JobCard({ job, canSend }: { job: Distribution; canSend: boolean }) {
  const { t } = useTranslation();
  const format = useFormatInstant();
  const [open, setOpen] = useState(false);
  const pause = usePauseDistribution();
  const resume = useResumeDistribution();
  const cancel = useCancelDistribution();
  const retry = useRetryFailed();
  const fail = (error: unknown) => notifyFailure(t, error);
  const { counts } = job;
  const waiting = counts.queued + counts.retry + counts.unknown + counts.sending;
  const done = counts.sent + counts.failed + counts.cancelled;
  const percent = job.total === 0 ? 100 : Math.round((done / job.total) * 100);
  const active = job.status === 'sending' || job.status === 'scheduled' || job.status === 'paused';

  return (
    <Paper withBorder p="md" data-testid="distribution-job">
      <Stack gap="xs">
        <Group justify="space-between">
          <Group gap="xs">
            <Badge color={statusColors[job.status]} data-testid="distribution-status">
              {t(`distribution.status.${job.status}`)}
            </Badge>
            {job.channels.map((channel) => (
              <Badge key={channel} variant="outline">
                {t(`distribution.channel.${channel}`)}
              </Badge>
            ))}
            <Text size="sm" c="dimmed">
              {t('distribution.panel.by', {
                name: job.createdBy.fullName,
                time: format(job.createdAt),
                no: job.revisionNo,
              })}
            </Text>
          </Group>
          {canSend && (
            <Group gap="xs">
              {(job.status === 'sending' || job.status === 'scheduled') && (
                <Button
                  size="xs"
                  variant="default"
                  loading={pause.isPending}
                  onClick={() => pause.mutate({ id: job.id }, { onError: fail })}
                >
                  {t('distribution.panel.pause')}
                </Button>
              )}
              {job.status === 'paused' && (
                <Button
                  size="xs"
                  loading={resume.isPending}
                  onClick={() => resume.mutate({ id: job.id }, { onError: fail })}
                >
                  {t('distribution.panel.resume')}
                </Button>
              )}
              {active && (
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  loading={cancel.isPending}
                  onClick={() => cancel.mutate({ id: job.id }, { onError: fail })}
                >
                  {t('distribution.panel.cancel')}
                </Button>
              )}
              {counts.failed > 0 && job.status !== 'cancelled' && (
                <Button
                  size="xs"
                  variant="light"
                  color="orange"
                  loading={retry.isPending}
                  onClick={() => retry.mutate({ id: job.id }, { onError: fail })}
                >
                  {t('distribution.panel.retryFailed', { count: counts.failed })}
                </Button>
              )}
            </Group>
          )}
        </Group>
        {job.status === 'scheduled' && (
          <Text size="sm">{t('distribution.panel.scheduled', { time: format(job.notBefore) })}</Text>
        )}
        {job.status === 'paused' && job.pauseReason && (
          <Alert color="orange" title={t(`distribution.reason.${job.pauseReason}`)}>
            {job.resumeAt
              ? t('distribution.panel.autoResume', { time: format(job.resumeAt) })
              : t('distribution.panel.resumeHint')}
            {job.pauseDetail ? ` (${job.pauseDetail})` : ''}
          </Alert>
        )}
        {job.total > 0 && (
          <>
            <Progress.Root size="lg">
              <Progress.Section value={(counts.sent / job.total) * 100} color="teal" />
              <Progress.Section value={(counts.failed / job.total) * 100} color="red" />
              <Progress.Section value={(counts.cancelled / job.total) * 100} color="gray" />
            </Progress.Root>
            <Text size="sm" data-testid="distribution-counts">
              {t('distribution.panel.counts', {
                sent: counts.sent,
                total: job.total,
                waiting,
                failed: counts.failed,
                cancelled: counts.cancelled,
                percent,
              })}
            </Text>
            <Group>
              <Button size="xs" variant="subtle" onClick={() => setOpen((value) => !value)}>
                {open ? t('distribution.panel.hideRecipients') : t('distribution.panel.showRecipients')}
              </Button>
            </Group>
            {open && <RecipientTable id={job.id} />}
          </>
        )}
      </Stack>
    </Paper>
  );
}

const pageSize = 50;

function RecipientTable({ id }: { id: string }) {
  const { t } = useTranslation();
  const format = useFormatInstant();
  const [status, setStatus] = useState<OutboxStatus | 'all'>('all');
  const [page, setPage] = useState(1);
  const query = useRecipients({
    id,
    status: status === 'all' ? null : status,
    offset: (page - 1) * pageSize,
    limit: pageSize,
  });
  return (
    <Stack gap="xs">
      <SegmentedControl
        size="xs"
        value={status}
        onChange={(value) => {
          setStatus(value as OutboxStatus | 'all');
          setPage(1);
        }}
        data={[
          { value: 'all', label: t('distribution.panel.all') },
          ...outboxStatuses.map((value) => ({ value, label: t(`distribution.outbox.${value}`) })),
        ]}
      />
      <QueryState query={query}>
        {(data) => (
          <>
            <Table striped withTableBorder aria-label={t('distribution.panel.recipients')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('distribution.panel.name')}</Table.Th>
                  <Table.Th>{t('distribution.panel.address')}</Table.Th>
                  <Table.Th>{t('distribution.panel.status')}</Table.Th>
                  <Table.Th>{t('distribution.panel.when')}</Table.Th>
                  <Table.Th>{t('distribution.panel.reason')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((row) => (
                  <Table.Tr key={row.id}>
                    <Table.Td>{row.name ?? t('distribution.panel.erased')}</Table.Td>
                    <Table.Td>{row.address ?? '—'}</Table.Td>
                    <Table.Td>
                      <Badge size="sm" color={statusColors[row.status]}>
                        {t(`distribution.outbox.${row.status}`)}
                      </Badge>
                      {row.attempts > 1 && (
                        <Text span size="xs" c="dimmed">
                          {' '}
                          {t('distribution.panel.attempts', { count: row.attempts })}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {row.sentAt ? format(row.sentAt) : row.nextAttemptAt ? format(row.nextAttemptAt) : '—'}
                    </Table.Td>
                    <Table.Td>
                      {row.reason ? t(`distribution.reason.${row.reason}`) : ''}
                      {row.reply && row.status !== 'sent' ? (
                        <Text size="xs" c="dimmed">
                          {row.reply}
                        </Text>
                      ) : null}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {data.total > pageSize && (
              <Pagination total={Math.ceil(data.total / pageSize)} value={page} onChange={setPage} size="sm" />
            )}
          </>
        )}
      </QueryState>
    </Stack>
  );
}
