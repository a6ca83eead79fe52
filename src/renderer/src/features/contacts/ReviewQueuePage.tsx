import { Alert, Anchor, Paper, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '../../components/QueryState';
import { useContactPage } from './useContacts';
import { useFormatDay } from '../../components/useOfficeTime';

/**
 * People whose retain-until date has passed (UU 27/2022: keep personal data no longer than
 * needed). Each is opened to extend the date with a reason in the consent record, or to erase.
 */
export function ReviewQueuePage() {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const due = useContactPage({ retentionDue: true, includeInactive: true, limit: 500, sort: 'name_asc' });
  return (
    <Stack>
      <Alert color="blue">{t('contacts.review.explain')}</Alert>
      <Paper withBorder>
        <QueryState query={due}>
          {(page) =>
            page.total === 0 ? (
              <Text c="dimmed" size="sm" p="md">
                {t('contacts.review.empty')}
              </Text>
            ) : (
              <Table striped aria-label={t('contacts.review.title')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('contacts.columns.name')}</Table.Th>
                    <Table.Th>{t('contacts.columns.outlet')}</Table.Th>
                    <Table.Th>{t('contacts.review.retainUntil')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {page.items.map((item) => (
                    <Table.Tr key={item.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/contacts/${item.id}`}>
                          {item.fullName}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{item.outlet}</Table.Td>
                      <Table.Td>{item.retainUntil ? formatDay(item.retainUntil) : '—'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )
          }
        </QueryState>
        {due.data && due.data.total > due.data.items.length && (
          <Text size="sm" c="dimmed" p="sm">
            {t('contacts.review.more', { count: due.data.total - due.data.items.length })}
          </Text>
        )}
      </Paper>
    </Stack>
  );
}
