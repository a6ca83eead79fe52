import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SiagaApi } from '../../../../shared/ipc/api';
import { fail } from '../../../../shared/ipc/result';
import { ApiProvider } from '../../api/ApiContext';
import { renderView } from '../../test/renderWithProviders';
import { LoginPage } from './LoginPage';

/** A transport whose sign-in always fails, as the core answers every failed sign-in alike. */
const lockedApi: SiagaApi = {
  invoke: ((channel: string) =>
    Promise.resolve(
      channel === 'accounts.login'
        ? fail('UNAUTHENTICATED', 'failed', { reason: 'loginFailed', maxAttempts: 5 })
        : fail('UNAUTHENTICATED', 'no session', { reason: 'signInRequired' }),
    )) as SiagaApi['invoke'],
  on: () => () => undefined,
};

describe('LoginPage', () => {
  it('says the sign-in failed, naming the lock as one cause, and clears the password', async () => {
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
      'Gagal masuk: nama pengguna atau kata sandi salah, atau akun dikunci sementara setelah 5 kali salah, atau akun sudah tidak aktif. Coba lagi nanti atau hubungi admin instansi.',
    );
    expect((screen.getByLabelText(/^Kata sandi/) as HTMLInputElement).value).toBe('');
  });
});
