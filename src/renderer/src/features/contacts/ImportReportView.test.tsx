import { fireEvent, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { ImportReport } from '../../../../shared/ipc/contactImport';
import { renderView } from '../../test/renderWithProviders';
import { ImportReportView } from './ImportReportView';

const report: ImportReport = {
  importId: 'i1',
  dryRun: true,
  totals: { rows: 4, created: 2, merged: 0, skipped: 1, failed: 1, outletsCreated: 1 },
  rows: [
    {
      line: 4,
      name: 'René Siregar',
      outcome: 'skipped',
      problems: [],
      duplicate: { id: null, name: 'René Siregar', reason: 'email' },
    },
    {
      line: 5,
      name: 'Tanpa Surel',
      outcome: 'failed',
      problems: [{ code: 'email_invalid', value: 'bukan-email' }],
      duplicate: null,
    },
  ],
  rowsOmitted: 0,
};

function renderReport(language: 'id' | 'en', onRowAction = vi.fn()) {
  renderView(
    <MemoryRouter>
      <ImportReportView report={report} rowActions={{}} defaultAction="skip" onRowAction={onRowAction} />
    </MemoryRouter>,
    language,
  );
  return onRowAction;
}

describe('ImportReportView', () => {
  it('shows totals, translated reasons and whom a duplicate matches, in Indonesian', () => {
    const onRowAction = renderReport('id');
    expect(screen.getByText('Ini uji coba: belum ada yang disimpan.')).toBeTruthy();
    const rows = within(screen.getByRole('table', { name: 'Baris yang perlu diperhatikan' })).getAllByRole('row');
    expect(rows[1]?.textContent).toContain('René Siregar (baris sebelumnya)');
    expect(rows[1]?.textContent).toContain('email sama');
    expect(rows[2]?.textContent).toContain('Email tidak valid (diabaikan): bukan-email');
    fireEvent.click(within(rows[1]!).getByLabelText('Gabungkan'));
    expect(onRowAction).toHaveBeenCalledWith(4, 'merge');
  });

  it('reads the same in English', () => {
    renderReport('en');
    expect(screen.getByText('This is a dry run: nothing has been saved yet.')).toBeTruthy();
    const rows = within(screen.getByRole('table', { name: 'Rows worth a look' })).getAllByRole('row');
    expect(rows[1]?.textContent).toContain('René Siregar (an earlier row)');
    expect(rows[2]?.textContent).toContain('Invalid e-mail (left out): bukan-email');
    expect(rows[2]?.textContent).toContain('Failed');
  });
});
