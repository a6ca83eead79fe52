import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderView } from '../../test/renderWithProviders';
import { StorePanel } from './StorePanel';

const settings = {
  host: 'db.humas.go.id',
  port: 5432,
  database: 'siaga',
  user: 'siaga_app',
  tls: 'verify' as const,
  caFile: null,
};

describe('StorePanel', () => {
  it('offers the administrator the move from this computer to the office server', () => {
    renderView(<StorePanel store={{ kind: 'embedded', file: '/data/siaga.sqlite' }} canManage />);
    expect(screen.getByText('Data kantor ada di berkas komputer ini: /data/siaga.sqlite')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Pindahkan ke server kantor…' })).toBeTruthy();
  });

  it('lets others only read where the data is', () => {
    renderView(<StorePanel store={{ kind: 'embedded', file: '/data/siaga.sqlite' }} canManage={false} />, 'en');
    expect(screen.getByText('The office data is in a file on this computer: /data/siaga.sqlite')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('on the server: the administrator changes the connection, unless the desk was started on a fixed address', () => {
    const server = { kind: 'server' as const, server: 'db.humas.go.id:5432/siaga', settings, unreachable: null };
    const { unmount } = renderView(<StorePanel store={{ ...server, fixed: false }} canManage />, 'en');
    expect(screen.getByText(/on the office server db\.humas\.go\.id:5432\/siaga/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Change connection…' })).toBeTruthy();
    unmount();
    renderView(<StorePanel store={{ ...server, fixed: true }} canManage />, 'en');
    expect(screen.getByText(/started with a fixed database address/)).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
