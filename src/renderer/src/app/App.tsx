import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import 'dayjs/locale/id';
import { useTranslation } from 'react-i18next';
import { Notifications } from '@mantine/notifications';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ApiError } from '../api/apiError';
import type { i18n } from 'i18next';
import { useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { HashRouter } from 'react-router';
import type { SiagaApi } from '../../../shared/ipc/api';
import { ApiProvider } from '../api/ApiContext';
import { AuthGate } from './AuthGate';
import { LatestNoticeOnly } from './LatestNoticeOnly';
import { theme } from './theme';

export function App({ api, i18n }: { api: SiagaApi; i18n: i18n }) {
  const [queryClient] = useState(() => {
    // A call refused for an ended session (idle, password changed elsewhere, deactivated, locked
    // after wrong current passwords) sends the whole app back to the sign-in screen.
    const sessionEnded = (error: unknown, channel: unknown) => {
      const own = channel === 'accounts.me' || channel === 'accounts.login';
      if (error instanceof ApiError && error.code === 'UNAUTHENTICATED' && !own) {
        void client.invalidateQueries({ queryKey: ['accounts.me'] });
      }
    };
    const client: QueryClient = new QueryClient({
      defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false, staleTime: 30_000 } },
      queryCache: new QueryCache({ onError: (error, query) => sessionEnded(error, query.queryKey[0]) }),
      mutationCache: new MutationCache({
        onError: (error, _v, _c, mutation) => sessionEnded(error, mutation.options.mutationKey?.[0]),
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
        <CalendarsInTheInterfaceLanguage>
          <ApiProvider api={api}>
            <QueryClientProvider client={queryClient}>
              <HashRouter>
                <AuthGate />
              </HashRouter>
            </QueryClientProvider>
          </ApiProvider>
        </CalendarsInTheInterfaceLanguage>
      </MantineProvider>
    </I18nextProvider>
  );
}

/** Month and day names of every calendar in the interface language; weeks start on Monday. */
function CalendarsInTheInterfaceLanguage({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return (
    <DatesProvider settings={{ locale: i18n.language === 'en' ? 'en' : 'id', firstDayOfWeek: 1 }}>
      {children}
    </DatesProvider>
  );
}
