import { Anchor, Badge, Paper, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '../../components/QueryState';
import { useFormatInstant } from '../../components/useOfficeTime';
import { useContactHistory } from './useContacts';

/** What was sent to one person: the contact page's distribution history. */
export function ContactMessages({ contactId }: { contactId: string }) {
  const { t } = useTranslation();
  const format = useFormatInstant();
  const query = useContactHistory(contactId);
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Text fw={600}>{t('distribution.contactHistory.title')}</Text>
        <QueryState query={query}>
          {(items) =>
            items.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('distribution.contactHistory.none')}
              </Text>
            ) : (
              <Table aria-label={t('distribution.contactHistory.title')}>
                <Table.Tbody>
                  {items.map((item) => (
                    <Table.Tr key={item.distributionId}>
                      <Table.Td>{format(item.sentAt ?? item.createdAt)}</Table.Td>
                      <Table.Td>
                        <Anchor component={Link} to={`/statements/${item.statementId}`}>
                          {[item.statementNumber, item.statementTitle].filter(Boolean).join(' · ')}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{item.address ?? '—'}</Table.Td>
                      <Table.Td>
                        <Badge
                          size="sm"
                          color={item.status === 'sent' ? 'teal' : item.status === 'failed' ? 'red' : 'gray'}
                        >
                          {t(`distribution.outbox.${item.status}`)}
                        </Badge>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )
          }
        </QueryState>
      </Stack>
    </Paper>
  );
}
