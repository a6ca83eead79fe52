import { Button, Checkbox, Group, Menu, Paper, Popover, Select, Stack } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { ContactExportFormat } from '../../../../shared/ipc/contacts';
import { rolesAllow } from '../../../../shared/permissions';
import { useApi } from '../../api/ApiContext';
import { callOrThrow } from '../../api/channelQueries';
import { downloadBase64 } from '../../components/download';
import { notifyFailure } from '../../components/notifyFailure';
import { useMe } from '../../components/useSession';
import { BulkActions } from './BulkActions';
import { ContactFilters, emptyContactFilter, type ContactFilterValue } from './ContactFilters';
import { ContactResults } from './ContactResults';
import { contactColumns, type ContactColumn, type ContactSort } from './ContactTable';
import { ListFormModal } from './ListFormModal';
import { useContactLists } from './useContacts';

const columnsKey = 'siaga.contacts.columns';
const savedColumns = (): ContactColumn[] => {
  try {
    const saved = JSON.parse(localStorage.getItem(columnsKey) ?? 'null') as unknown;
    if (Array.isArray(saved)) return contactColumns.filter((column) => saved.includes(column));
  } catch {
    // A damaged preference falls back to every column.
  }
  return [...contactColumns];
};

/** The address book: search and filters, a list or segment, the virtualized table, bulk actions, export. */
export function ContactsPage() {
  const { t } = useTranslation();
  const api = useApi();
  const me = useMe();
  const lists = useContactLists();
  const [params, setParams] = useSearchParams();
  const listId = params.get('list');
  const [filter, setFilter] = useState<ContactFilterValue>(emptyContactFilter);
  const [query] = useDebouncedValue(filter.query, 250);
  const [sort, setSort] = useState<ContactSort>('name_asc');
  const [columns, setColumns] = useState<ContactColumn[]>(savedColumns);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [savingSegment, setSavingSegment] = useState(false);
  const request = { ...filter, query, ...(listId ? { listId } : {}) };
  const effectiveSort: ContactSort = query && sort === 'name_asc' ? 'relevance' : sort;
  const mayManage = rolesAllow(me.data?.roles ?? [], 'contacts.manage');
  const currentList = lists.data?.find((list) => list.id === listId) ?? null;

  const exportAs = async (format: ContactExportFormat, ids?: string[]) => {
    try {
      const file = await callOrThrow(api, 'contacts.export', { format, filter: request, ...(ids ? { ids } : {}) });
      downloadBase64(file.fileName, file.mimeType, file.dataBase64);
    } catch (error) {
      notifyFailure(t, error);
    }
  };
  const chooseColumns = (next: string[]) => {
    const ordered = contactColumns.filter((column) => next.includes(column));
    setColumns(ordered);
    localStorage.setItem(columnsKey, JSON.stringify(ordered));
  };

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Select
          label={t('contacts.listFilter')}
          placeholder={t('contacts.allContacts')}
          data={(lists.data ?? []).map((list) => ({
            value: list.id,
            label: `${list.name} (${t(`contacts.lists.kindName.${list.kind}`)})`,
          }))}
          value={listId}
          onChange={(value) => {
            setSelected(new Set());
            setParams(value ? { list: value } : {});
          }}
          clearable
          searchable
          w={320}
        />
        <Group gap="xs">
          {mayManage && (
            <>
              <Button component={Link} to="/contacts/new">
                {t('contacts.new')}
              </Button>
              <Button component={Link} to="/contacts/import" variant="default">
                {t('contacts.import.open')}
              </Button>
              <Menu>
                <Menu.Target>
                  <Button variant="default">{t('contacts.export.button')}</Button>
                </Menu.Target>
                <Menu.Dropdown>
                  {(['csv', 'xlsx', 'vcf'] as const).map((format) => (
                    <Menu.Item key={format} onClick={() => void exportAs(format)}>
                      {t(`contacts.export.${format}`)}
                    </Menu.Item>
                  ))}
                </Menu.Dropdown>
              </Menu>
              <Button variant="default" onClick={() => setSavingSegment(true)}>
                {t('contacts.saveSegment')}
              </Button>
            </>
          )}
          <Popover position="bottom-end">
            <Popover.Target>
              <Button variant="subtle">{t('contacts.columnsButton')}</Button>
            </Popover.Target>
            <Popover.Dropdown>
              <Checkbox.Group label={t('contacts.columnsButton')} value={columns} onChange={chooseColumns}>
                <Stack gap="xs" mt="xs">
                  {contactColumns.map((column) => (
                    <Checkbox key={column} value={column} label={t(`contacts.columns.${column}`)} />
                  ))}
                </Stack>
              </Checkbox.Group>
            </Popover.Dropdown>
          </Popover>
        </Group>
      </Group>
      <ContactFilters
        value={filter}
        onChange={(next) => {
          setFilter(next);
          setSelected(new Set());
        }}
      />
      {mayManage && selected.size > 0 && (
        <BulkActions
          ids={[...selected]}
          lists={lists.data ?? []}
          currentList={currentList}
          onDone={() => setSelected(new Set())}
          onExport={() => void exportAs('csv', [...selected])}
        />
      )}
      <Paper withBorder style={{ overflowX: 'auto' }}>
        <ContactResults
          key={JSON.stringify([request, effectiveSort])}
          request={request}
          sort={effectiveSort}
          onSort={setSort}
          columns={columns}
          selected={selected}
          onSelect={setSelected}
        />
      </Paper>
      {savingSegment && (
        <ListFormModal
          opened
          onClose={() => setSavingSegment(false)}
          initialFilter={filter}
          onSaved={(list) => {
            setFilter(emptyContactFilter);
            setParams({ list: list.id });
          }}
        />
      )}
    </Stack>
  );
}
