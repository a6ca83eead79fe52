import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Account } from '../../../../shared/ipc/accounts';
import { renderView } from '../../test/renderWithProviders';
import { AccountsTable } from './AccountsTable';

const base: Account = {
  id: 'a1',
  username: 'staf',
  fullName: 'Dewi Anggraini',
  nip: '',
  position: 'Pranata Humas',
  email: '',
  phone: '',
  roles: ['drafter', 'spokesperson'],
  active: true,
  lockedUntil: null,
  createdAt: '2026-11-28T00:00:00.000Z',
};

describe('AccountsTable', () => {
  const now = new Date('2026-11-28T02:00:00.000Z');

  it('shows roles and state in the interface language, with lock times in the office zone', () => {
    renderView(
      <AccountsTable
        now={now}
        formatInstant={(iso) => `[${iso}]`}
        onAction={() => undefined}
        accounts={[
          base,
          { ...base, id: 'a2', username: 'pimpinan', lockedUntil: '2026-11-28T02:15:00.000Z', roles: ['approver'] },
          { ...base, id: 'a3', username: 'tamu', active: false, roles: ['viewer'] },
        ]}
      />,
    );
    const rows = within(screen.getByRole('table', { name: 'Akun Pengguna' })).getAllByRole('row');
    expect(rows[1]?.textContent).toContain('Staf Humas (penyusun)');
    expect(rows[1]?.textContent).toContain('Juru Bicara');
    expect(rows[1]?.textContent).toContain('Aktif');
    expect(rows[2]?.textContent).toContain('Terkunci sampai [2026-11-28T02:15:00.000Z]');
    expect(rows[3]?.textContent).toContain('Nonaktif');
  });

  it('offers the actions that fit the account', async () => {
    const onAction = vi.fn();
    renderView(
      <AccountsTable now={now} formatInstant={String} onAction={onAction} accounts={[{ ...base, active: false }]} />,
      'en',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Actions for staf' }));
    expect(await screen.findByRole('menuitem', { name: 'Reactivate' })).toBeTruthy();
    expect(screen.queryByRole('menuitem', { name: 'Deactivate' })).toBeNull();
    fireEvent.click(screen.getByRole('menuitem', { name: 'Reactivate' }));
    expect(onAction).toHaveBeenCalledWith('reactivate', expect.objectContaining({ id: 'a1' }));
  });
});
