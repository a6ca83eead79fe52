import { Alert, Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyFailure } from '../../components/notifyFailure';
import { useEraseContact } from './useContactActions';

/** Erasure (UU 27/2022): final, so the person types why, and reads what will happen first. */
export function EraseContactModal({
  id,
  name,
  opened,
  onClose,
  onErased,
}: {
  id: string;
  name: string;
  opened: boolean;
  onClose: () => void;
  onErased: () => void;
}) {
  const { t } = useTranslation();
  const erase = useEraseContact();
  const [reason, setReason] = useState('');
  return (
    <Modal opened={opened} onClose={onClose} title={t('contacts.erase.title', { name })}>
      <Stack>
        <Alert color="red">{t('contacts.erase.warning')}</Alert>
        <Textarea
          label={t('contacts.erase.reason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          required
          autosize
          minRows={2}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('contacts.cancel')}
          </Button>
          <Button
            color="red"
            disabled={!reason.trim()}
            loading={erase.isPending}
            onClick={() =>
              erase.mutate({ id, reason }, { onSuccess: onErased, onError: (error) => notifyFailure(t, error) })
            }
          >
            {t('contacts.erase.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
