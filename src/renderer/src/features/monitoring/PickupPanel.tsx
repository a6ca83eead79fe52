import { Anchor, Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Pickup } from '../../../../shared/ipc/feeds';
import { QueryState } from '../../components/QueryState';
import { useFormatInstant } from '../../components/useOfficeTime';
import { useCrisisPickup, useStatementPickup } from './useMonitoring';

/** A released statement's coverage: the stories that ran it, from the outlets' feeds. */
export function StatementPickup({ statementId }: { statementId: string }) {
  const pickup = useStatementPickup(statementId);
  return <QueryState query={pickup}>{(items) => <PickupList items={items} showStatement={false} />}</QueryState>;
}

/** A crisis's coverage over time: every story that ran one of its statements, earliest first. */
export function CrisisPickup({ crisisId }: { crisisId: string }) {
  const pickup = useCrisisPickup(crisisId);
  return <QueryState query={pickup}>{(items) => <PickupList items={items} showStatement />}</QueryState>;
}

export function PickupList({ items, showStatement }: { items: Pickup[]; showStatement: boolean }) {
  const { t } = useTranslation();
  const format = useFormatInstant();
  if (items.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('monitoring.pickup.none')}
      </Text>
    );
  }
  const outlets = new Set(items.map((item) => item.outlet ?? item.feedName)).size;
  return (
    <Stack>
      <Text size="sm">
        {t('monitoring.pickup.stories', { count: items.length })}{' '}
        {t('monitoring.pickup.fromOutlets', { count: outlets })}
      </Text>
      <Table striped aria-label={t('monitoring.pickup.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('monitoring.pickup.at')}</Table.Th>
            <Table.Th>{t('monitoring.pickup.outlet')}</Table.Th>
            <Table.Th>{t('monitoring.pickup.story')}</Table.Th>
            {showStatement && <Table.Th>{t('monitoring.pickup.statement')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={`${item.statementId}:${item.signalId}`}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{format(item.at)}</Table.Td>
              <Table.Td>{item.outlet ?? item.feedName}</Table.Td>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  {item.url ? (
                    <Anchor href={item.url} target="_blank" rel="noopener noreferrer" size="sm">
                      {item.title}
                    </Anchor>
                  ) : (
                    <Text size="sm">{item.title}</Text>
                  )}
                  <Badge size="xs" variant="light" color="gray">
                    {t(`monitoring.pickup.foundBy.${item.foundBy}`)}
                  </Badge>
                </Group>
              </Table.Td>
              {showStatement && (
                <Table.Td>
                  <Anchor component={Link} to={`/statements/${item.statementId}`} size="sm">
                    {item.statementTitle}
                  </Anchor>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
