import { Alert, Button, Checkbox, Group, Modal, SegmentedControl, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  attachmentChoices,
  distributionChannels,
  type AttachmentChoice,
  type DistributionChannel,
} from '../../../../shared/distribution/vocabulary';
import type { Statement } from '../../../../shared/ipc/statements';
import type { OfficeTimeZone } from '../../../../shared/ipc/office';
import type { ZonedInstant } from '../../../../shared/time/zonedInstant';
import { useChannelQuery } from '../../api/channelQueries';
import { notifyFailure } from '../../components/notifyFailure';
import { QueryState } from '../../components/QueryState';
import { PeoplePicker } from '../../components/PeoplePicker';
import { ListPicker } from '../contacts/public';
import { useFormatInstant } from '../../components/useOfficeTime';
import { ZonedTimeField } from '../../components/ZonedTimeField';
import { ChannelPreview } from './ChannelPreview';
import { useDistributionPreview } from './useDistribution';
import { useDistribute } from './useDistributionActions';

const noIds: string[] = [];

/**
 * Releasing an approved statement: who (lists, segments, people), by which channels, with a
 * preview of each channel's text and the recipient count, now or at a chosen time.
 */
export function DistributeModal({
  statement,
  defaultZone,
  opened,
  onClose,
  onCreated,
}: {
  statement: Statement;
  defaultZone: OfficeTimeZone;
  opened: boolean;
  onClose: () => void;
  onCreated: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormatInstant();
  // One id per opening of the dialog: a double click (or a retried call) makes one job.
  const [requestId] = useState(() => crypto.randomUUID());
  const [channels, setChannels] = useState<DistributionChannel[]>(['email']);
  // null until the person chooses: then the crisis's audience (below) stands.
  const [chosenLists, setListIds] = useState<string[] | null>(null);
  const [chosenPeople, setContactIds] = useState<string[] | null>(null);
  const [attachment, setAttachment] = useState<AttachmentChoice>('pdf');
  const [when, setWhen] = useState<'now' | 'later'>('now');
  const [sendAt, setSendAt] = useState<ZonedInstant | null>(null);
  // A statement of a crisis goes, unless changed here, to the audience the crisis chose.
  const link = useChannelQuery('crises.statementFigures', { id: statement.id });
  const crisisId = link.data?.crisis?.id ?? '';
  const crisis = useChannelQuery('crises.get', { id: crisisId }, { enabled: crisisId !== '' });
  const listIds = chosenLists ?? crisis.data?.audience.listIds ?? noIds;
  const contactIds = chosenPeople ?? crisis.data?.audience.contactIds ?? noIds;
  // One object per choice (not per render): the debounce below watches its identity.
  const audience = useMemo(() => ({ listIds, contactIds }), [listIds, contactIds]);
  const [debouncedAudience] = useDebouncedValue(audience, 300);
  const preview = useDistributionPreview({ statementId: statement.id, audience: debouncedAudience }, opened);
  const create = useDistribute();
  const email = channels.includes('email');
  const recipients = preview.data?.recipients ?? 0;
  const blocked =
    !preview.data ||
    channels.length === 0 ||
    (email && (recipients === 0 || !preview.data.mailConfigured)) ||
    (when === 'later' && !sendAt);

  const submit = () =>
    create.mutate(
      {
        requestId,
        statementId: statement.id,
        revisionId: preview.data?.revisionId ?? statement.currentRevisionId,
        channels,
        audience,
        attachment: email ? attachment : 'none',
        sendAt: when === 'later' ? (sendAt?.at ?? null) : null,
      },
      {
        onSuccess: () => {
          notifications.show({ message: t('distribution.dialog.created'), color: 'teal' });
          onCreated();
        },
        onError: (error) => notifyFailure(t, error),
      },
    );

  return (
    <Modal opened={opened} onClose={onClose} title={t('distribution.dialog.title')} size="xl">
      <Stack>
        <Text size="sm" c="dimmed">
          {statement.number} · {statement.title} · {t('statements.revision', { no: statement.revisionNo })}
        </Text>
        <Checkbox.Group
          label={t('distribution.dialog.channels')}
          value={channels}
          onChange={(value) => setChannels(value as DistributionChannel[])}
        >
          <Group mt={4}>
            {distributionChannels.map((channel) => (
              <Checkbox key={channel} value={channel} label={t(`distribution.channel.${channel}`)} />
            ))}
          </Group>
        </Checkbox.Group>
        {email && (
          <>
            <ListPicker label={t('distribution.dialog.lists')} value={listIds} onChange={setListIds} />
            <PeoplePicker label={t('distribution.dialog.people')} value={contactIds} onChange={setContactIds} />
            <Group>
              <Text size="sm">{t('distribution.dialog.attachment')}</Text>
              <SegmentedControl
                value={attachment}
                onChange={(value) => setAttachment(value as AttachmentChoice)}
                data={attachmentChoices.map((value) => ({ value, label: t(`distribution.attachment.${value}`) }))}
              />
            </Group>
          </>
        )}
        {preview.data && (
          <Alert color={email && recipients === 0 ? 'orange' : 'blue'} data-testid="recipient-count">
            {email ? t('distribution.dialog.count', { count: recipients }) : t('distribution.dialog.noEmail')}
            {email &&
              preview.data.skipped.doNotContact + preview.data.skipped.noEmail + preview.data.skipped.duplicates > 0 &&
              ` ${t('distribution.dialog.skipped', preview.data.skipped)}`}
          </Alert>
        )}
        {preview.data && email && !preview.data.mailConfigured && (
          <Alert color="red">{t('distribution.dialog.noServer')}</Alert>
        )}
        {preview.data?.embargoAt && (
          <Alert color="orange">{t('distribution.dialog.embargo', { time: format(preview.data.embargoAt) })}</Alert>
        )}
        <Group align="flex-end">
          <SegmentedControl
            value={when}
            onChange={(value) => setWhen(value as 'now' | 'later')}
            data={[
              { value: 'now', label: t('distribution.dialog.now') },
              { value: 'later', label: t('distribution.dialog.later') },
            ]}
          />
          {when === 'later' && (
            <ZonedTimeField
              label={t('distribution.dialog.sendAt')}
              value={sendAt}
              defaultZone={defaultZone}
              onChange={setSendAt}
            />
          )}
        </Group>
        <QueryState query={preview}>{(data) => <ChannelPreview preview={data} />}</QueryState>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('statements.actions.cancel')}
          </Button>
          <Button onClick={submit} disabled={blocked} loading={create.isPending}>
            {email ? t('distribution.dialog.send', { count: recipients }) : t('distribution.dialog.record')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
