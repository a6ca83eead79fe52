import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SiagaApi } from '../../../../shared/ipc/api';
import { fail } from '../../../../shared/ipc/result';
import { ApiProvider } from '../../api/ApiContext';
import { renderView } from '../../test/renderWithProviders';
import { LoginPage } from './LoginPage';

/** A transport whose sign-in always answers "locked", as the core does after five failures. */
const lockedApi: SiagaApi = {
  invoke: ((channel: string) =>
    Promise.resolve(
      channel === 'accounts.login'
        ? fail('UNAUTHENTICATED', 'locked', { reason: 'accountLocked', lockedUntil: '2026-11-28T02:15:00.000Z' })
        : fail('UNAUTHENTICATED', 'no session', { reason: 'signInRequired' }),
    )) as SiagaApi['invoke'],
  on: () => () => undefined,
};

describe('LoginPage', () => {
  it('says the account is locked and until when, in the office zone', async () => {
    renderView(
      <ApiProvider api={lockedApi}>
        <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
          <LoginPage agencyName="Diskominfo Sleman" />
        </QueryClientProvider>
      </ApiProvider>,
    );
    fireEvent.change(screen.getByLabelText(/^Nama pengguna/), { target: { value: 'pimpinan' } });
    fireEvent.change(screen.getByLabelText(/^Kata sandi/), { target: { value: 'Benar-Sekali-1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Masuk' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'Akun terkunci karena terlalu banyak percobaan yang salah, sampai 28 November 2026, 09.15 WIB.',
    );
    expect((screen.getByLabelText(/^Kata sandi/) as HTMLInputElement).value).toBe('');
  });
});
