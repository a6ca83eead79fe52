import { Alert, Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ContactFilter } from '../../../../shared/ipc/contacts';
import { errorMessage } from '../../i18n/errorMessage';
import { ContactTable, type ContactColumn, type ContactSort } from './ContactTable';
import { useContactRows } from './useContactRows';

/**
 * The table and its count, owning the rows in view: scrolling re-renders this part only, never
 * the filters and toolbar above it (at 100,000 rows a scroll is many renders).
 */
export function ContactResults({
  request,
  sort,
  onSort,
  columns,
  selected,
  onSelect,
}: {
  request: ContactFilter;
  sort: ContactSort;
  onSort: (sort: ContactSort) => void;
  columns: readonly ContactColumn[];
  selected: ReadonlySet<string>;
  onSelect: (change: (current: Set<string>) => Set<string>) => void;
}) {
  const { t } = useTranslation();
  const rows = useContactRows(request, sort);
  const toggle = (id: string) =>
    onSelect((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const toggleLoaded = (select: boolean) =>
    onSelect((current) => {
      const next = new Set(current);
      for (const row of rows.loaded) {
        if (select) next.add(row.id);
        else next.delete(row.id);
      }
      return next;
    });
  if (rows.error) {
    return (
      <Alert color="red" title={t('errors.title')} role="alert">
        <Text size="sm">{errorMessage(t, rows.error)}</Text>
        <Button size="xs" variant="light" color="red" mt="sm" onClick={rows.refetch}>
          {t('errors.retry')}
        </Button>
      </Alert>
    );
  }
  return (
    <>
      <ContactTable
        total={rows.total}
        rowAt={rows.rowAt}
        onRangeChange={rows.onRangeChange}
        columns={columns}
        selected={selected}
        onToggle={toggle}
        onToggleLoaded={toggleLoaded}
        sort={sort}
        onSort={onSort}
        label={t('contacts.title')}
        emptyText={rows.isPending ? t('app.loading') : t('contacts.empty')}
      />
      <Text size="sm" c="dimmed" p="sm">
        {t('contacts.total', { count: rows.total })}
      </Text>
    </>
  );
}
