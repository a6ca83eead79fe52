import { AppShell, Burger, Group, NavLink, ScrollArea, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { PageLoading } from '../components/lazyPage';
import { Navigate, NavLink as RouterNavLink, Route, Routes, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useEffect, useState } from 'react';
import type { SessionAccount } from '../../../shared/ipc/accounts';
import type { PreferencesPatch } from '../../../shared/ipc/preferences';
import { ChangePasswordModal } from '../features/session/ChangePasswordModal';
import { useDeskNotices, type DeskNoticeState } from '../features/dashboard/useDeskNotices';
import { NoticeCentre } from '../features/dashboard/NoticeCentre';
import { DecisionDrawerProvider, useOpenDecision } from '../features/statements/DecisionDrawer';
import { useIdleLock } from '../features/session/useIdleLock';
import { usePreferences, useUpdatePreferences } from '../features/preferences/usePreferences';
import { useAppInfo } from '../features/system/useAppInfo';
import { ErrorBoundary } from './ErrorBoundary';
import { HeaderControls } from './HeaderControls';
import { homePath, preloadSections, sectionsFor } from './sections';
import { UserMenu } from './UserMenu';
import { StatusBar } from './StatusBar';
import { notifyFailure } from '../components/notifyFailure';

export function AppLayout({ me, onSignOut }: { me: SessionAccount; onSignOut: (reason: 'user' | 'idle') => void }) {
  const { t } = useTranslation();
  const location = useLocation();
  const [navOpen, { toggle: toggleNav, close: closeNav }] = useDisclosure(false);
  const [changingPassword, setChangingPassword] = useState(false);
  const mine = sectionsFor(me.roles);
  useIdleLock(me.idleLockMinutes, () => onSignOut('idle'));
  const notices = useDeskNotices();
  const preferences = usePreferences();
  const { update } = useUpdatePreferences();
  const appInfo = useAppInfo();
  // Once the first page is up, the other sections' code in the background: none waits on a click.
  useEffect(() => {
    const timer = setTimeout(() => void preloadSections(), 200);
    return () => clearTimeout(timer);
  }, []);

  const change = (patch: PreferencesPatch) => void update(patch).catch((error: unknown) => notifyFailure(t, error));

  return (
    <DecisionDrawerProvider>
      <AppShell
        header={{ height: 56 }}
        footer={{ height: 28 }}
        navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !navOpen } }}
        padding="lg"
      >
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              <Burger opened={navOpen} onClick={toggleNav} hiddenFrom="sm" size="sm" aria-label={t('nav.toggle')} />
              <Title order={1} size="h3">
                {t('app.name')}
              </Title>
              <Text size="sm" c="dimmed" visibleFrom="sm">
                {t('app.tagline')}
              </Text>
            </Group>
            <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
              <HeaderNotices state={notices} />
              <HeaderControls language={preferences.data?.language ?? 'id'} onChange={change} />
              <UserMenu
                me={me}
                onChangePassword={() => setChangingPassword(true)}
                onSignOut={() => onSignOut('user')}
              />
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="xs" aria-label={t('nav.label')}>
          <ScrollArea>
            {mine.map((section) => (
              <NavLink
                key={section.path}
                component={RouterNavLink}
                to={`/${section.path}`}
                label={t(section.labelKey)}
                leftSection={<section.icon size={18} stroke={1.6} />}
                active={location.pathname === `/${section.path}` || location.pathname.startsWith(`/${section.path}/`)}
                onClick={closeNav}
              />
            ))}
          </ScrollArea>
        </AppShell.Navbar>
        <AppShell.Main>
          <ErrorBoundary key={location.pathname}>
            <PageLoading>
              <Routes>
                <Route path="/" element={<Navigate to={homePath} replace />} />
                {mine.map((section) => (
                  <Route key={section.path} path={`/${section.path}/*`} element={section.element} />
                ))}
                <Route path="*" element={<Navigate to={homePath} replace />} />
              </Routes>
            </PageLoading>
          </ErrorBoundary>
        </AppShell.Main>
        <AppShell.Footer>
          <StatusBar info={appInfo.data} />
        </AppShell.Footer>
        {changingPassword && <ChangePasswordModal onClose={() => setChangingPassword(false)} />}
      </AppShell>
    </DecisionDrawerProvider>
  );
}

/** The notice centre, opening the decision drawer for a statement waiting for me. */
function HeaderNotices({ state }: { state: DeskNoticeState }) {
  const openDecision = useOpenDecision();
  return <NoticeCentre state={state} onDecide={openDecision} />;
}
