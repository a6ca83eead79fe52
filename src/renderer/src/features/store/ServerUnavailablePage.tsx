import { Alert, Button, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../i18n/errorMessage';
import { QueryState } from '../../components/QueryState';
import { ServerConnectionForm } from './ServerConnectionForm';
import { useConnectServer, useDeskStore, useRetryServer } from './useStoreActions';

/**
 * The desk's office server cannot be used (down, moved, a changed password, a newer Siaga on it).
 * The desk says so and waits: it never opens a file of its own instead. "Try again" starts the core
 * again on the same settings; "Fix the connection" takes new ones.
 */
export function ServerUnavailablePage() {
  const { t } = useTranslation();
  const status = useDeskStore();
  const retry = useRetryServer();
  const connect = useConnectServer();
  const [fixing, setFixing] = useState(false);
  return (
    <Container size="sm" py="xl">
      <QueryState query={status}>
        {(store) =>
          store.kind === 'server' ? (
            <Paper withBorder p="lg">
              <Stack>
                <Title order={1} size="h2">
                  {t('store.unavailableTitle')}
                </Title>
                <Text>{t('store.unavailableBody', { server: store.server })}</Text>
                {store.unreachable && (
                  <Alert color="red" role="alert">
                    {t(`errors.reason.${store.unreachable}`, { defaultValue: t('errors.reason.serverUnavailable') })}
                  </Alert>
                )}
                {retry.error && (
                  <Alert color="red" role="alert">
                    {errorMessage(t, retry.error)}
                  </Alert>
                )}
                <Group>
                  <Button loading={retry.isPending} onClick={() => retry.mutate({})}>
                    {t('store.retry')}
                  </Button>
                  {!store.fixed && !fixing && (
                    <Button variant="default" onClick={() => setFixing(true)}>
                      {t('store.fixConnection')}
                    </Button>
                  )}
                </Group>
                {store.fixed && <Text size="sm">{t('store.fixed')}</Text>}
                {fixing && (
                  <ServerConnectionForm
                    saved={store.settings}
                    submitLabel={t('store.connect')}
                    pending={connect.isPending}
                    onSubmit={(input) => connect.mutateAsync(input)}
                  />
                )}
              </Stack>
            </Paper>
          ) : null
        }
      </QueryState>
    </Container>
  );
}
