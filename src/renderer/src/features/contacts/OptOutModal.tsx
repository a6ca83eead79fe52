import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { optOutChannels, type OptOutChannel } from '../../../../shared/contacts/vocabulary';
import type { Contact } from '../../../../shared/ipc/contacts';
import { notifyFailure } from '../../components/notifyFailure';
import { useRecordOptOut } from './useContactActions';

/**
 * Recording a person's request to receive nothing more (a reply to a release's "unsubscribe", a
 * call, a letter): the core sets do-not-contact and keeps the request, with how it came, on the record.
 */
export function OptOutModal({
  contact,
  opened,
  onClose,
  onRecorded,
}: {
  contact: Contact;
  opened: boolean;
  onClose: () => void;
  onRecorded: () => void;
}) {
  const { t } = useTranslation();
  const [via, setVia] = useState<OptOutChannel>('email_reply');
  const record = useRecordOptOut();
  const submit = () =>
    record.mutate({ id: contact.id, via }, { onSuccess: onRecorded, onError: (error) => notifyFailure(t, error) });
  return (
    <Modal opened={opened} onClose={onClose} title={t('contacts.optOut.title')}>
      <Stack>
        <Text size="sm">{t('contacts.optOut.intro', { name: contact.fullName })}</Text>
        <Select
          label={t('contacts.optOut.via')}
          data={optOutChannels.map((channel) => ({ value: channel, label: t(`contacts.optOut.channel.${channel}`) }))}
          value={via}
          onChange={(value) => value && setVia(value as OptOutChannel)}
          allowDeselect={false}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('contacts.optOut.cancel')}
          </Button>
          <Button color="orange" onClick={submit} loading={record.isPending}>
            {t('contacts.optOut.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
