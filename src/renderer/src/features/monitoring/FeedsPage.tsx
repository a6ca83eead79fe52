import { Anchor, Badge, Button, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeedSummary } from '../../../../shared/ipc/feeds';
import { rolesAllow } from '../../../../shared/permissions';
import { notifyFailure } from '../../components/notifyFailure';
import { QueryState } from '../../components/QueryState';
import { useFormatInstant } from '../../components/useOfficeTime';
import { useMe } from '../../components/useSession';
import { AddFeedModal } from './AddFeedModal';
import { feedErrorText } from './signalWords';
import { useFeeds } from './useMonitoring';
import { usePollFeed } from './useMonitoringActions';

/** /monitoring/feeds: what the office reads, how each source is doing, and (for its managers) adding one. */
export function FeedsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const mayManage = rolesAllow(me.data?.roles ?? [], 'feeds.manage');
  const feeds = useFeeds();
  const [adding, setAdding] = useState(false);
  return (
    <Stack>
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t('monitoring.feeds.description')}
        </Text>
        {mayManage && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>
            {t('monitoring.feeds.add')}
          </Button>
        )}
      </Group>
      <QueryState query={feeds}>
        {(items) =>
          items.length === 0 ? (
            <Text size="sm" c="dimmed">
              {mayManage ? t('monitoring.feeds.emptyManager') : t('monitoring.feeds.empty')}
            </Text>
          ) : (
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('monitoring.feeds.name')}</Table.Th>
                  <Table.Th>{t('monitoring.feeds.kind')}</Table.Th>
                  <Table.Th>{t('monitoring.feeds.health')}</Table.Th>
                  <Table.Th>{t('monitoring.feeds.lastSuccess')}</Table.Th>
                  <Table.Th>{t('monitoring.feeds.nextPoll')}</Table.Th>
                  <Table.Th>{t('monitoring.feeds.signals')}</Table.Th>
                  {mayManage && <Table.Th aria-label={t('monitoring.feeds.actions')} />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((feed) => (
                  <FeedRow key={feed.id} feed={feed} mayManage={mayManage} />
                ))}
              </Table.Tbody>
            </Table>
          )
        }
      </QueryState>
      {adding && <AddFeedModal onClose={() => setAdding(false)} />}
    </Stack>
  );
}

function FeedRow({ feed, mayManage }: { feed: FeedSummary; mayManage: boolean }) {
  const { t } = useTranslation();
  const format = useFormatInstant();
  const poll = usePollFeed();
  return (
    <Table.Tr>
      <Table.Td maw={360}>
        <Text size="sm" fw={500}>
          {feed.name}
        </Text>
        <Anchor
          href={feed.url}
          target="_blank"
          rel="noopener noreferrer"
          size="xs"
          c="dimmed"
          style={{ wordBreak: 'break-all' }}
        >
          {feed.url}
        </Anchor>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{t(`monitoring.feedKind.${feed.kind}`)}</Text>
        <Text size="xs" c="dimmed">
          {t('monitoring.feeds.every', { count: feed.intervalMinutes })}
        </Text>
      </Table.Td>
      <Table.Td>
        {feed.lastError ? (
          <Tooltip label={feed.lastErrorAt ? format(feed.lastErrorAt) : ''} disabled={!feed.lastErrorAt}>
            <Badge color="red" variant="light">
              {t('monitoring.feeds.failing', { reason: feedErrorText(t, feed.lastError), count: feed.failures })}
            </Badge>
          </Tooltip>
        ) : feed.lastSuccessAt ? (
          <Badge color="teal" variant="light">
            {t('monitoring.feeds.ok')}
          </Badge>
        ) : (
          <Badge color="gray" variant="light">
            {t('monitoring.feeds.notYet')}
          </Badge>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{feed.lastSuccessAt ? format(feed.lastSuccessAt) : '—'}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{feed.nextPollAt ? format(feed.nextPollAt) : '—'}</Text>
      </Table.Td>
      <Table.Td>{feed.signals}</Table.Td>
      {mayManage && (
        <Table.Td>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconRefresh size={14} />}
            loading={poll.isPending}
            aria-label={t('monitoring.feeds.pollNamed', { name: feed.name })}
            onClick={() =>
              poll.mutate(
                { id: feed.id },
                {
                  onSuccess: (result) =>
                    notifications.show({
                      color: result.outcome === 'failed' ? 'red' : 'teal',
                      message:
                        result.outcome === 'failed'
                          ? t('monitoring.feeds.pollFailed', { reason: feedErrorText(t, result.error ?? '') })
                          : result.outcome === 'unchanged'
                            ? t('monitoring.feeds.pollUnchanged')
                            : t('monitoring.feeds.pollRead', {
                                count: result.newSignals,
                                matched: result.matched,
                                pickedUp: result.pickedUp,
                              }),
                    }),
                  onError: (error) => notifyFailure(t, error),
                },
              )
            }
          >
            {t('monitoring.feeds.poll')}
          </Button>
        </Table.Td>
      )}
    </Table.Tr>
  );
}
