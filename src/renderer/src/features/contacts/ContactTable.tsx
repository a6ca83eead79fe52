import { Anchor, Badge, Checkbox, Group, Skeleton, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ContactSummary } from '../../../../shared/ipc/contacts';
import classes from './ContactTable.module.css';

export const contactColumns = ['outlet', 'position', 'email', 'phone', 'beats', 'status'] as const;
export type ContactColumn = (typeof contactColumns)[number];
export type ContactSort = 'name_asc' | 'updated_desc' | 'relevance';

const rowHeight = 40;

/**
 * The contacts table, virtualized: only the rows in view are in the DOM, so 100,000 contacts
 * scroll as smoothly as 100. Rows arrive page by page (`rowAt` returns undefined for a row not
 * loaded yet, shown as a placeholder); `onRangeChange` says which rows are in view so the page
 * can load them. A `div` grid with table roles: absolutely placed rows cannot live in a <table>.
 */
export function ContactTable({
  total,
  rowAt,
  onRangeChange,
  columns,
  selected,
  onToggle,
  onToggleLoaded,
  sort,
  onSort,
  label,
  emptyText,
}: {
  total: number;
  rowAt: (index: number) => ContactSummary | undefined;
  onRangeChange: (first: number, last: number) => void;
  columns: readonly ContactColumn[];
  selected: ReadonlySet<string>;
  onToggle: (id: string) => void;
  /** Select or clear every loaded row. */
  onToggleLoaded: (select: boolean) => void;
  sort: ContactSort;
  onSort: (sort: ContactSort) => void;
  label: string;
  emptyText: string;
}) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  // TanStack Virtual measures a real element; the React Compiler cannot memoise what it returns.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    // A wheel that jumps renders every row in view anew: the rows just outside are few (a fast jump
    // past them shows skeletons for a frame), so one step stays well under a 50 ms task.
    overscan: 6,
    onChange: (instance) => {
      const items = instance.getVirtualItems();
      const first = items[0]?.index ?? 0;
      const last = items.at(-1)?.index ?? 0;
      onRangeChange(first, last);
    },
  });
  const template = `40px minmax(180px, 1.6fr) ${columns.map((c) => (c === 'status' ? '190px' : 'minmax(110px, 1fr)')).join(' ')}`;
  const sortHeader = (key: 'name' | 'updated', text: string) => {
    const active = key === 'name' ? sort === 'name_asc' : sort === 'updated_desc';
    return (
      <UnstyledButton
        onClick={() => onSort(key === 'name' ? 'name_asc' : 'updated_desc')}
        aria-pressed={active}
        className={classes.sortButton}
      >
        <Group gap={4} wrap="nowrap">
          <Text size="sm" fw={600}>
            {text}
          </Text>
          {active && <IconArrowDown size={14} aria-hidden />}
        </Group>
      </UnstyledButton>
    );
  };
  const cell = (column: ContactColumn, row: ContactSummary): ReactNode => {
    switch (column) {
      case 'outlet':
        return row.outlet ?? '';
      case 'position':
        return row.position ? t(`contacts.position.${row.position}`) : '';
      case 'email':
        return row.email ?? '';
      case 'phone':
        return row.phone ?? '';
      case 'beats':
        return row.beats.map((beat) => t(`contacts.beat.${beat}`)).join(', ');
      case 'status':
        return row.doNotContact ? (
          <Badge color="red" variant="light">
            {t('contacts.doNotContactShort')}
          </Badge>
        ) : !row.active ? (
          <Badge color="gray" variant="light">
            {t('contacts.inactive')}
          </Badge>
        ) : null;
    }
  };

  if (total === 0) {
    return (
      <Text c="dimmed" size="sm" p="md">
        {emptyText}
      </Text>
    );
  }
  const loadedIds = virtualizer
    .getVirtualItems()
    .map((item) => rowAt(item.index)?.id)
    .filter((id): id is string => Boolean(id));
  const allLoadedSelected = loadedIds.length > 0 && loadedIds.every((id) => selected.has(id));
  return (
    <div role="table" aria-label={label} aria-rowcount={total + 1} className={classes.table}>
      <div role="rowgroup">
        <div role="row" aria-rowindex={1} className={classes.header} style={{ gridTemplateColumns: template }}>
          <div role="columnheader" className={classes.cell}>
            <Checkbox
              aria-label={t('contacts.table.selectVisible')}
              checked={allLoadedSelected}
              onChange={(event) => onToggleLoaded(event.currentTarget.checked)}
            />
          </div>
          <div role="columnheader" className={classes.cell} aria-sort={sort === 'name_asc' ? 'ascending' : 'none'}>
            {sortHeader('name', t('contacts.columns.name'))}
          </div>
          {columns.map((column) => (
            <div key={column} role="columnheader" className={classes.cell}>
              <Text size="sm" fw={600}>
                {t(`contacts.columns.${column}`)}
              </Text>
            </div>
          ))}
        </div>
      </div>
      <div ref={scroller} className={classes.scroller} data-testid="contact-scroller">
        <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rowAt(item.index);
            return (
              <div
                key={item.key}
                role="row"
                aria-rowindex={item.index + 2}
                className={classes.row}
                style={{ gridTemplateColumns: template, height: rowHeight, transform: `translateY(${item.start}px)` }}
              >
                {row ? (
                  <>
                    <div role="cell" className={classes.cell}>
                      <Checkbox
                        aria-label={t('contacts.table.select', { name: row.fullName })}
                        checked={selected.has(row.id)}
                        onChange={() => onToggle(row.id)}
                      />
                    </div>
                    <div role="cell" className={classes.cell}>
                      <Anchor component={Link} to={`/contacts/${row.id}`} size="sm" truncate>
                        {row.fullName}
                      </Anchor>
                    </div>
                    {columns.map((column) => (
                      <div key={column} role="cell" className={classes.cell}>
                        <Text size="sm" truncate>
                          {cell(column, row)}
                        </Text>
                      </div>
                    ))}
                  </>
                ) : (
                  <div role="cell" className={classes.placeholder}>
                    <Skeleton height={12} width="60%" aria-label={t('app.loading')} />
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
