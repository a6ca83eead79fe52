import { useQueries } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import type { ContactFilter, ContactSummary } from '../../../../shared/ipc/contacts';
import { useApi } from '../../api/ApiContext';
import { callOrThrow, channelKey } from '../../api/channelQueries';
import type { ContactSort } from './ContactTable';

export const contactPageSize = 200;

/**
 * Rows for the virtualized table, fetched a page at a time for whatever is in view (and the page
 * after it). Each page is an ordinary `contacts.list` query, so a `contacts.changed` event
 * refreshes exactly the pages on screen.
 */
export function useContactRows(filter: ContactFilter, sort: ContactSort) {
  const api = useApi();
  const [range, setRange] = useState({ first: 0, last: 0 });
  const pages = useMemo(() => {
    const firstPage = Math.floor(range.first / contactPageSize);
    const lastPage = Math.floor(range.last / contactPageSize) + 1;
    const wanted = new Set([0]);
    for (let page = firstPage; page <= lastPage; page += 1) wanted.add(page);
    return [...wanted];
  }, [range]);
  const results = useQueries({
    queries: pages.map((page) => {
      const input = { ...filter, sort, limit: contactPageSize, offset: page * contactPageSize };
      return {
        queryKey: channelKey('contacts.list', input),
        queryFn: () => callOrThrow(api, 'contacts.list', input),
        placeholderData: (previous: { items: ContactSummary[]; total: number } | undefined) => previous,
      };
    }),
  });
  const first = results[0];
  const total = first?.data?.total ?? 0;
  const byPage = new Map(pages.map((page, index) => [page, results[index]?.data?.items]));
  const rowAt = (index: number) => byPage.get(Math.floor(index / contactPageSize))?.[index % contactPageSize];
  const onRangeChange = useCallback((firstRow: number, lastRow: number) => {
    setRange((current) =>
      current.first === firstRow && current.last === lastRow ? current : { first: firstRow, last: lastRow },
    );
  }, []);
  const loaded = results.flatMap((result) => result.data?.items ?? []);
  return {
    total,
    rowAt,
    onRangeChange,
    loaded,
    isPending: first?.isPending ?? true,
    error: first?.error ?? null,
    refetch: () => void first?.refetch(),
  };
}
