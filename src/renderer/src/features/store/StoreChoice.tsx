import { Radio, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { probeMessage, ServerConnectionForm } from './ServerConnectionForm';
import { useConnectServer } from './useStoreActions';
import { notifications } from '@mantine/notifications';

/**
 * The first-run wizard's first step: this computer only (the default: nothing more to do), or the
 * office server. Connecting starts the core on the server: an office already there shows the
 * sign-in screen (this desk joined it); an empty server goes on with the wizard, there.
 */
export function StoreChoice({
  choice,
  onChoose,
}: {
  choice: 'embedded' | 'server';
  onChoose: (choice: 'embedded' | 'server') => void;
}) {
  const { t } = useTranslation();
  const connect = useConnectServer();
  return (
    <Stack>
      <Radio.Group
        value={choice}
        onChange={(value) => onChoose(value as 'embedded' | 'server')}
        label={t('store.title')}
      >
        <Stack gap="sm" mt="xs">
          <Radio value="embedded" label={t('store.embedded')} description={t('store.embeddedHint')} />
          <Radio value="server" label={t('store.server')} description={t('store.serverHint')} />
        </Stack>
      </Radio.Group>
      {choice === 'server' && (
        <>
          <ServerConnectionForm
            saved={null}
            submitLabel={t('store.connect')}
            pending={connect.isPending}
            onSubmit={async (input) => {
              const probe = await connect.mutateAsync(input);
              notifications.show({ message: probeMessage(t, probe), color: 'green', autoClose: 8000 });
            }}
          />
        </>
      )}
    </Stack>
  );
}
