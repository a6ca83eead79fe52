import { Alert, Badge, Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeskStore } from '../../../../shared/ipc/store';
import { ServerConnectionForm } from './ServerConnectionForm';
import { useConnectServer, useMoveToServer } from './useStoreActions';

/**
 * Where the office's data lives, on the System page. The administrator moves a one-desk office
 * onto the office server from here, or changes the server's connection (a new address, a new
 * password); others only read where the data is.
 */
export function StorePanel({ store, canManage }: { store: DeskStore; canManage: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const onServer = store.kind === 'server';
  return (
    <Paper withBorder p="md" aria-label={t('store.title')} component="section">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h4">
            {t('store.title')}
          </Title>
          <Badge variant="light" color={onServer ? 'blue' : 'gray'}>
            {onServer ? t('store.server') : t('store.embedded')}
          </Badge>
        </Group>
        <Text size="sm">
          {store.kind === 'server'
            ? t('store.currentServer', { server: store.server })
            : t('store.currentEmbedded', { file: store.file })}
        </Text>
        {store.kind === 'server' && store.fixed && <Alert color="gray">{t('store.fixed')}</Alert>}
        {canManage && !(store.kind === 'server' && store.fixed) && (
          <Group>
            <Button variant={onServer ? 'default' : 'filled'} onClick={() => setOpen(true)}>
              {onServer ? t('store.change') : t('store.move')}
            </Button>
          </Group>
        )}
      </Stack>
      {open &&
        (store.kind === 'server' ? (
          <ChangeModal store={store} onClose={() => setOpen(false)} />
        ) : (
          <MoveModal onClose={() => setOpen(false)} />
        ))}
    </Paper>
  );
}

function MoveModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const move = useMoveToServer();
  return (
    <Modal opened onClose={onClose} title={t('store.moveTitle')} size="lg">
      <Stack>
        <Text size="sm">{t('store.moveHint')}</Text>
        <ServerConnectionForm
          saved={null}
          submitLabel={t('store.moveConfirm')}
          pending={move.isPending}
          onSubmit={async (input) => {
            const moved = await move.mutateAsync(input);
            notifications.show({
              message: t('store.moved', {
                server: moved.server,
                rows: moved.rows,
                seq: moved.auditHead.seq,
                attachments: moved.attachments,
              }),
              color: 'green',
              autoClose: 10_000,
            });
            onClose();
          }}
        />
      </Stack>
    </Modal>
  );
}

function ChangeModal({ store, onClose }: { store: Extract<DeskStore, { kind: 'server' }>; onClose: () => void }) {
  const { t } = useTranslation();
  const connect = useConnectServer();
  return (
    <Modal opened onClose={onClose} title={t('store.changeTitle')} size="lg">
      <ServerConnectionForm
        saved={store.settings}
        submitLabel={t('store.connect')}
        pending={connect.isPending}
        onSubmit={async (input) => {
          const probe = await connect.mutateAsync(input);
          notifications.show({ message: t('store.connected', { server: probe.server }), color: 'green' });
          onClose();
        }}
      />
    </Modal>
  );
}
