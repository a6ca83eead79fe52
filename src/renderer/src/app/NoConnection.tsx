import { Alert, Center, MantineProvider } from '@mantine/core';
import type { i18n } from 'i18next';
import { theme } from './theme';

/** Shown when the page was opened without the browser-mode token (and not under Electron). */
export function NoConnection({ i18n }: { i18n: i18n }) {
  return (
    <MantineProvider theme={theme}>
      <Center h="100vh" p="xl">
        <Alert color="red" title={i18n.t('app.name')} role="alert" maw={560}>
          {i18n.t('app.noConnection')}
        </Alert>
      </Center>
    </MantineProvider>
  );
}
