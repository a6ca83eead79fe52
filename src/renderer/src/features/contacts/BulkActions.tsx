import { Button, Group, Menu, Paper, Select, TagsInput, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactList } from '../../../../shared/ipc/contacts';
import { notifyFailure } from '../../components/notifyFailure';
import { useAddToList, useBulkUpdateContacts, useRemoveFromList } from './useContactActions';

/** What can be done to the selected rows at once: tags, lists, do-not-contact. */
export function BulkActions({
  ids,
  lists,
  currentList,
  onDone,
  onExport,
}: {
  ids: string[];
  lists: ContactList[];
  /** The static list on screen, so its members can be taken off it. */
  currentList: ContactList | null;
  onDone: () => void;
  onExport: () => void;
}) {
  const { t } = useTranslation();
  const bulk = useBulkUpdateContacts();
  const addToList = useAddToList();
  const removeFromList = useRemoveFromList();
  const [tags, setTags] = useState<string[]>([]);
  const [listId, setListId] = useState<string | null>(null);
  const done = (changed: number) => {
    notifications.show({ message: t('contacts.bulk.changed', { count: changed }), color: 'green' });
    onDone();
  };
  const fail = (error: unknown) => notifyFailure(t, error);
  const staticLists = lists.filter((list) => list.kind === 'static');
  return (
    <Paper withBorder p="sm" role="region" aria-label={t('contacts.bulk.label')}>
      <Group gap="sm" align="flex-end">
        <Text size="sm" fw={600}>
          {t('contacts.bulk.selected', { count: ids.length })}
        </Text>
        <TagsInput label={t('contacts.bulk.tags')} value={tags} onChange={setTags} size="xs" w={220} />
        <Button
          size="xs"
          disabled={!tags.length}
          onClick={() => bulk.mutate({ ids, addTags: tags }, { onSuccess: (r) => done(r.changed), onError: fail })}
        >
          {t('contacts.bulk.addTags')}
        </Button>
        <Button
          size="xs"
          variant="default"
          disabled={!tags.length}
          onClick={() => bulk.mutate({ ids, removeTags: tags }, { onSuccess: (r) => done(r.changed), onError: fail })}
        >
          {t('contacts.bulk.removeTags')}
        </Button>
        <Select
          label={t('contacts.bulk.list')}
          data={staticLists.map((list) => ({ value: list.id, label: list.name }))}
          value={listId}
          onChange={setListId}
          size="xs"
          w={200}
          searchable
        />
        <Button
          size="xs"
          disabled={!listId}
          onClick={() =>
            listId &&
            addToList.mutate({ listId, contactIds: ids }, { onSuccess: (r) => done(r.changed), onError: fail })
          }
        >
          {t('contacts.bulk.addToList')}
        </Button>
        {currentList?.kind === 'static' && (
          <Button
            size="xs"
            variant="default"
            onClick={() =>
              removeFromList.mutate(
                { listId: currentList.id, contactIds: ids },
                { onSuccess: (r) => done(r.changed), onError: fail },
              )
            }
          >
            {t('contacts.bulk.removeFromList', { name: currentList.name })}
          </Button>
        )}
        <Menu>
          <Menu.Target>
            <Button size="xs" variant="default">
              {t('contacts.bulk.more')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item
              color="red"
              onClick={() =>
                bulk.mutate({ ids, doNotContact: true }, { onSuccess: (r) => done(r.changed), onError: fail })
              }
            >
              {t('contacts.bulk.markDoNotContact')}
            </Menu.Item>
            <Menu.Item
              onClick={() =>
                bulk.mutate({ ids, doNotContact: false }, { onSuccess: (r) => done(r.changed), onError: fail })
              }
            >
              {t('contacts.bulk.clearDoNotContact')}
            </Menu.Item>
            <Menu.Item onClick={onExport}>{t('contacts.bulk.export')}</Menu.Item>
          </Menu.Dropdown>
        </Menu>
        <Button size="xs" variant="subtle" onClick={onDone}>
          {t('contacts.bulk.clear')}
        </Button>
      </Group>
    </Paper>
  );
}
