import { screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { StatementSummary } from '../../../../shared/ipc/statements';
import { renderView } from '../../test/renderWithProviders';
import { StatementTable } from './StatementTable';

const base: StatementSummary = {
  id: 's1',
  number: '001/SP/HUMAS/XI/2026',
  kind: 'press_release',
  language: 'id',
  status: 'released',
  title: 'Banjir di Kecamatan Mlati',
  summary: '',
  tags: [],
  author: { id: 'a1', fullName: 'Dewi Anggraini' },
  revisionNo: 3,
  createdAt: '2026-11-28T01:00:00.000Z',
  updatedAt: '2026-11-28T02:00:00.000Z',
  releasedAt: '2026-11-28T02:00:00.000Z',
  embargoUntil: null,
  pendingStep: null,
};

function renderTable(items: StatementSummary[], language: 'id' | 'en' = 'id') {
  return renderView(
    <MemoryRouter>
      <StatementTable items={items} formatInstant={(iso) => `[${iso}]`} label="Daftar" />
    </MemoryRouter>,
    language,
  );
}

describe('StatementTable', () => {
  it('shows kind, status and the waiting step in the interface language, linking to each statement', () => {
    renderTable([
      base,
      {
        ...base,
        id: 's2',
        number: null,
        status: 'in_review',
        kind: 'holding_statement',
        pendingStep: { index: 1, roles: ['approver'] },
      },
    ]);
    const rows = within(screen.getByRole('table', { name: 'Daftar' })).getAllByRole('row');
    expect(rows[1]?.textContent).toContain('001/SP/HUMAS/XI/2026');
    expect(rows[1]?.textContent).toContain('Siaran Pers');
    expect(rows[1]?.textContent).toContain('Dirilis');
    expect(rows[1]?.textContent).toContain('[2026-11-28T02:00:00.000Z]');
    expect(rows[2]?.textContent).toContain('Dalam tinjauan');
    expect(rows[2]?.textContent).toContain('Menunggu Pimpinan');
    expect(screen.getAllByRole('link', { name: 'Banjir di Kecamatan Mlati' })[1]?.getAttribute('href')).toBe(
      '/statements/s2',
    );
  });

  it('speaks English too, and says so when nothing matches', () => {
    renderTable([{ ...base, status: 'changes_requested', kind: 'qa' }], 'en');
    expect(screen.getByText('Changes requested')).toBeTruthy();
    expect(screen.getByText('Q&A')).toBeTruthy();
  });

  it('an empty list is a sentence, not an empty table', () => {
    renderTable([]);
    expect(screen.getByText('Belum ada pernyataan yang cocok.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
