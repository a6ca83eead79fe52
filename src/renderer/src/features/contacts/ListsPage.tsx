import { Anchor, Badge, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ContactList } from '../../../../shared/ipc/contacts';
import { rolesAllow } from '../../../../shared/permissions';
import { notifyFailure } from '../../components/notifyFailure';
import { QueryState } from '../../components/QueryState';
import { useMe } from '../../components/useSession';
import { ListFormModal } from './ListFormModal';
import { useContactLists } from './useContacts';
import { useArchiveList } from './useContactActions';
import { useFormatNumber } from '../../components/useOfficeTime';

/** Distribution lists and segments with their counts; a name opens the members in the contacts table. */
export function ListsPage() {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const me = useMe();
  const lists = useContactLists();
  const archive = useArchiveList();
  const [editing, setEditing] = useState<ContactList | 'new' | null>(null);
  const mayManage = rolesAllow(me.data?.roles ?? [], 'contacts.manage');
  return (
    <Stack>
      {mayManage && (
        <Group justify="flex-end">
          <Button onClick={() => setEditing('new')}>{t('contacts.lists.new')}</Button>
        </Group>
      )}
      <Paper withBorder>
        <QueryState query={lists}>
          {(items) =>
            items.length === 0 ? (
              <Text c="dimmed" size="sm" p="md">
                {t('contacts.lists.empty')}
              </Text>
            ) : (
              <Table striped aria-label={t('contacts.lists.title')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('contacts.lists.name')}</Table.Th>
                    <Table.Th>{t('contacts.lists.kind')}</Table.Th>
                    <Table.Th>{t('contacts.lists.count')}</Table.Th>
                    <Table.Th>{t('contacts.lists.description')}</Table.Th>
                    {mayManage && <Table.Th>{t('contacts.lists.actions')}</Table.Th>}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((list) => (
                    <Table.Tr key={list.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/contacts?list=${list.id}`}>
                          {list.name}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        <Badge variant="light" color={list.kind === 'segment' ? 'grape' : 'blue'}>
                          {t(`contacts.lists.kindName.${list.kind}`)}
                        </Badge>
                      </Table.Td>
                      <Table.Td>{formatNumber(list.count)}</Table.Td>
                      <Table.Td>{list.description}</Table.Td>
                      {mayManage && (
                        <Table.Td>
                          <Group gap="xs">
                            <Button size="compact-xs" variant="default" onClick={() => setEditing(list)}>
                              {t('contacts.lists.edit')}
                            </Button>
                            <Button
                              size="compact-xs"
                              variant="subtle"
                              color="red"
                              onClick={() =>
                                archive.mutate({ id: list.id }, { onError: (error) => notifyFailure(t, error) })
                              }
                            >
                              {t('contacts.lists.archive')}
                            </Button>
                          </Group>
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )
          }
        </QueryState>
      </Paper>
      {editing && <ListFormModal opened list={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}
