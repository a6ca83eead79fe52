import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ApiError } from '../api/apiError';
import type { i18n } from 'i18next';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { HashRouter } from 'react-router';
import type { SiagaApi } from '../../../shared/ipc/api';
import { ApiProvider } from '../api/ApiContext';
import { AuthGate } from './AuthGate';
import { LatestNoticeOnly } from './LatestNoticeOnly';
import { theme } from './theme';

export function App({ api, i18n }: { api: SiagaApi; i18n: i18n }) {
  const [queryClient] = useState(() => {
    const client: QueryClient = new QueryClient({
      defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false, staleTime: 30_000 } },
      // A call refused for an ended session (idle, password changed elsewhere, deactivated)
      // sends the whole app back to the sign-in screen, which then says why.
      queryCache: new QueryCache({
        onError: (error, query) => {
          if (error instanceof ApiError && error.code === 'UNAUTHENTICATED' && query.queryKey[0] !== 'accounts.me') {
            void client.invalidateQueries({ queryKey: ['accounts.me'] });
          }
        },
      }),
    });
    return client;
  });
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} defaultColorScheme="light">
        {/* One brief confirmation at a time, at the foot of the navigation (empty space below the
            sections): never over the page, its forms' buttons or the header's controls. */}
        <Notifications position="bottom-left" limit={1} autoClose={3500} containerWidth={224} />
        <LatestNoticeOnly />
        <ApiProvider api={api}>
          <QueryClientProvider client={queryClient}>
            <HashRouter>
              <AuthGate />
            </HashRouter>
          </QueryClientProvider>
        </ApiProvider>
      </MantineProvider>
    </I18nextProvider>
  );
}
