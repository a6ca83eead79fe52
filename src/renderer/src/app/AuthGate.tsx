import { notifications } from '@mantine/notifications';
import { Box, Center, Loader } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/apiError';
import { useCoreEventInvalidation } from '../api/channelQueries';
import { usePreferences, useUpdatePreferences } from '../features/preferences/usePreferences';
import { HeaderControls } from './HeaderControls';
import { usePreferenceEffects } from './usePreferenceEffects';
import { QueryState } from '../components/QueryState';
import { LoginPage } from '../features/session/LoginPage';
import { lazyPage, PageLoading } from '../components/lazyPage';

// The sign-in screen is in the first chunk; the signed-in app and the rare screens load on demand.
const AppLayout = lazyPage(() => import('./AppLayout'), 'AppLayout');
const SetupWizard = lazyPage(() => import('../features/office/SetupWizard'), 'SetupWizard');
const RecoveryPage = lazyPage(() => import('../features/backups/RecoveryPage'), 'RecoveryPage');
const ServerUnavailablePage = lazyPage(() => import('../features/store/public'), 'ServerUnavailablePage');
import { keptAcrossPeople, useLogout, useMe, useOfficeStatus } from '../components/useSession';
import { errorMessage } from '../i18n/errorMessage';
import { clearSignInNotice, signInNotice } from '../components/signInNotice';

/** First run -> setup wizard; no session -> sign-in; otherwise the app, for this person. */
/** Language and theme switches for the screens before sign-in. */
function PublicHeader() {
  const preferences = usePreferences();
  const { update, applyHere } = useUpdatePreferences();
  return (
    <Box pos="fixed" top={12} right={16} style={{ zIndex: 10 }}>
      <HeaderControls
        language={preferences.data?.language ?? 'id'}
        // Without a store to keep it (an unreachable office server) the choice still applies here.
        onChange={(patch) => void update(patch).catch(() => applyHere(patch))}
      />
    </Box>
  );
}

/**
 * However a session ends — "Keluar", the idle lock, or the core refusing it (password changed,
 * deactivated) — nothing of that person stays for the next one at the desk: no notice on screen or
 * queued, nothing cached, and the next sign-in starts at the home view, not on their page.
 */
function useForgetThePreviousPerson(accountId: string | undefined) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const previous = useRef(accountId);
  useEffect(() => {
    const was = previous.current;
    previous.current = accountId;
    if (accountId) clearSignInNotice();
    if (!was || was === accountId) return;
    notifications.clean();
    notifications.cleanQueue();
    // "me" stays: its refusal says why the session ended (the sign-in screen shows it).
    queryClient.removeQueries({
      predicate: (query) => ![...keptAcrossPeople, 'accounts.me'].includes(String(query.queryKey[0])),
    });
    void navigate('/', { replace: true });
  }, [accountId, navigate, queryClient]);
}

export function AuthGate() {
  const { t } = useTranslation();
  useCoreEventInvalidation();
  usePreferenceEffects(usePreferences().data);
  const status = useOfficeStatus();
  const me = useMe();
  const logout = useLogout();
  const [notice, setNotice] = useState<string>();
  useForgetThePreviousPerson(me.isError ? undefined : me.data?.id);
  // While someone types their password, the signed-in app's code arrives — once the sign-in
  // screen is up, so it does not compete with the screen's own first paint.
  const signingIn = me.isError || (!me.isPending && !me.data);
  useEffect(() => {
    if (!signingIn) return;
    const timer = setTimeout(() => void AppLayout.preload(), 500);
    return () => clearTimeout(timer);
  }, [signingIn]);

  // A desk whose office server cannot be used answers every channel with `serverUnavailable`.
  if (status.error instanceof ApiError && status.error.details?.reason === 'serverUnavailable') {
    return (
      <>
        <PublicHeader />
        <PageLoading>
          <ServerUnavailablePage />
        </PageLoading>
      </>
    );
  }
  // A store that failed its check on open answers every channel with `storeDamaged`.
  if (status.error instanceof ApiError && status.error.details?.reason === 'storeDamaged') {
    return (
      <>
        <PublicHeader />
        <PageLoading>
          <RecoveryPage />
        </PageLoading>
      </>
    );
  }

  return (
    <QueryState query={status}>
      {(office) => {
        if (!office.configured) {
          return (
            <>
              <PublicHeader />
              <PageLoading>
                <SetupWizard />
              </PageLoading>
            </>
          );
        }
        if (me.isPending) {
          return (
            <Center h="100vh">
              <Loader aria-label={t('app.loading')} />
            </Center>
          );
        }
        if (me.isError || !me.data) {
          const expired = me.error instanceof ApiError && me.error.details?.reason === 'sessionExpired';
          // The language can be chosen before signing in too: a desk is shared.
          return (
            <>
              <PublicHeader />
              <LoginPage
                agencyName={office.agencyName}
                notice={signInNotice() ?? notice ?? (expired ? errorMessage(t, me.error) : undefined)}
              />
            </>
          );
        }
        return (
          <PageLoading height="100vh">
            <AppLayout
              me={me.data}
              onSignOut={(reason) => {
                setNotice(reason === 'idle' ? t('session.idleLocked') : undefined);
                void logout();
              }}
            />
          </PageLoading>
        );
      }}
    </QueryState>
  );
}
