import { Button, Checkbox, Group, Menu, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronDown } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { conferenceTransitions, type ConferenceStatus } from '../../../../shared/conferences/vocabulary';
import type { Conference } from '../../../../shared/ipc/conferences';
import { useApi } from '../../api/ApiContext';
import { callOrThrow } from '../../api/channelQueries';
import { notifyFailure } from '../../components/notifyFailure';

/**
 * The status changes allowed from here. Cancelling a conference whose invitations went out asks
 * whether to send the cancellation (METHOD:CANCEL) to everyone invited; the default is yes.
 */
export function ConferenceStatusMenu({ conference }: { conference: Conference }) {
  const { t } = useTranslation();
  const api = useApi();
  const [cancelling, setCancelling] = useState(false);
  const [tellInvitees, setTellInvitees] = useState(true);
  const [busy, setBusy] = useState(false);
  const next = conferenceTransitions[conference.status];
  if (next.length === 0) return null;

  const change = async (status: ConferenceStatus, notify: boolean) => {
    setBusy(true);
    try {
      await callOrThrow(api, 'conferences.setStatus', { id: conference.id, status });
      if (notify) {
        const sent = await callOrThrow(api, 'conferences.notify', {
          conferenceId: conference.id,
          requestId: crypto.randomUUID(),
        });
        notifications.show({ message: t('conferences.invite.cancelSent', { count: sent.recipients }), color: 'teal' });
      } else {
        notifications.show({ message: t(`conferences.statusChanged.${status}`), color: 'teal' });
      }
      setCancelling(false);
    } catch (error) {
      notifyFailure(t, error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Menu position="bottom-end">
        <Menu.Target>
          <Button variant="default" rightSection={<IconChevronDown size={14} />} loading={busy}>
            {t('conferences.changeStatus')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {next.map((status) => (
            <Menu.Item
              key={status}
              color={status === 'cancelled' ? 'red' : undefined}
              onClick={() =>
                status === 'cancelled' && conference.invitedCount > 0 ? setCancelling(true) : void change(status, false)
              }
            >
              {t(`conferences.statusAction.${status}`)}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <Modal opened={cancelling} onClose={() => setCancelling(false)} title={t('conferences.cancelDialog.title')}>
        <Stack>
          <Text size="sm">{t('conferences.cancelDialog.body', { count: conference.invitedCount })}</Text>
          <Checkbox
            checked={tellInvitees}
            onChange={(event) => setTellInvitees(event.currentTarget.checked)}
            label={t('conferences.cancelDialog.send', { count: conference.invitedCount })}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setCancelling(false)}>
              {t('conferences.cancelDialog.keep')}
            </Button>
            <Button color="red" loading={busy} onClick={() => void change('cancelled', tellInvitees)}>
              {t('conferences.cancelDialog.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
