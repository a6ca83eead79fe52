import { Alert, Button, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conference } from '../../../../shared/ipc/conferences';
import { notifyFailure } from '../../components/notifyFailure';
import { PeoplePicker } from '../../components/PeoplePicker';
import { ListPicker } from '../contacts/public';
import { useEventTime } from './useEventTime';
import { useInvite } from './useConferenceActions';

/**
 * Invitations to lists, segments or people, through the distribution outbox. Only people not yet
 * invited get one; each message carries its own calendar file (METHOD:REQUEST).
 */
export function InviteModal({ conference, onClose }: { conference: Conference; onClose: () => void }) {
  const { t } = useTranslation();
  const eventTime = useEventTime();
  // One id per opening: a double click (or a retried call) makes one job.
  const [requestId] = useState(() => crypto.randomUUID());
  const [listIds, setListIds] = useState<string[]>([]);
  const [contactIds, setContactIds] = useState<string[]>([]);
  const [delivery, setDelivery] = useState<'email' | 'recorded'>('email');
  const invite = useInvite();

  const submit = () =>
    invite.mutate(
      { conferenceId: conference.id, requestId, audience: { listIds, contactIds }, delivery },
      {
        onSuccess: (result) => {
          notifications.show({
            color: result.recipients > 0 ? 'teal' : 'orange',
            message:
              result.recipients > 0
                ? t(delivery === 'email' ? 'conferences.invite.sent' : 'conferences.invite.recorded', {
                    count: result.recipients,
                    already: result.alreadyInvited,
                  })
                : t('conferences.invite.nobodyNew', { already: result.alreadyInvited }),
          });
          onClose();
        },
        // No mail server yet (smtpNotConfigured) and other refusals arrive translated.
        onError: (error) => notifyFailure(t, error),
      },
    );

  return (
    <Modal opened onClose={onClose} title={t('conferences.invite.title')} size="lg">
      <Stack>
        <Text size="sm" c="dimmed">
          {conference.title} · {eventTime(conference)}
        </Text>
        <ListPicker label={t('conferences.invite.lists')} value={listIds} onChange={setListIds} />
        <PeoplePicker label={t('conferences.invite.people')} value={contactIds} onChange={setContactIds} />
        <Radio.Group
          label={t('conferences.invite.delivery')}
          value={delivery}
          onChange={(value) => setDelivery(value as 'email' | 'recorded')}
        >
          <Stack gap={6} mt={6}>
            <Radio value="email" label={t('conferences.invite.byEmail')} />
            <Radio value="recorded" label={t('conferences.invite.byOther')} />
          </Stack>
        </Radio.Group>
        <Alert color="blue">
          {delivery === 'email' ? t('conferences.invite.explain') : t('conferences.invite.explainRecorded')}
        </Alert>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('accounts.cancel')}
          </Button>
          <Button
            onClick={submit}
            loading={invite.isPending}
            disabled={listIds.length === 0 && contactIds.length === 0}
          >
            {delivery === 'email' ? t('conferences.invite.send') : t('conferences.invite.record')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
