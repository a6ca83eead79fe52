import { Button, Checkbox, Group, Modal, Paper, SegmentedControl, Stack, Switch, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  attachmentChoices,
  distributionChannels,
  type AttachmentChoice,
  type DistributionChannel,
} from '../../../../shared/distribution/vocabulary';
import type { Statement } from '../../../../shared/ipc/statements';
import { channelKey } from '../../api/channelQueries';
import { notifyFailure } from '../../components/notifyFailure';
import { ListPicker } from '../contacts/public';
import { ReleasePlanSummary } from './ReleasePlanSummary';
import { useArmRelease } from './useStatementActions';

/**
 * "Kirim otomatis setelah disetujui": the drafter arms the release with the draft — who gets it
 * and by which channels — so the final approval sends it with no one waiting to press "Kirim".
 * A statement written for a crisis comes armed with the crisis's audience; switching it off makes
 * distribution a separate act again.
 */
export function ReleaseArming({ statement }: { statement: Statement }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const arm = useArmRelease();
  const [choosing, setChoosing] = useState(false);
  if (!statement.can.arm && !statement.releasePlan) return null;
  const apply = (plan: { channels: DistributionChannel[]; listIds: string[]; attachment: AttachmentChoice } | null) =>
    arm.mutate(
      {
        statementId: statement.id,
        plan: plan
          ? {
              channels: plan.channels,
              audience: { listIds: plan.listIds, contactIds: [] },
              attachment: plan.attachment,
            }
          : null,
      },
      {
        onSuccess: (next) => {
          queryClient.setQueryData(channelKey('statements.get', { id: next.id }), next);
          setChoosing(false);
        },
        onError: (error) => notifyFailure(t, error),
      },
    );
  return (
    <Paper withBorder p="sm" component="section" aria-label={t('statements.releasePlan.title')}>
      <Stack gap="xs">
        <Group justify="space-between">
          <Switch
            label={t('statements.releasePlan.toggle')}
            checked={statement.releasePlan !== null}
            disabled={!statement.can.arm || arm.isPending}
            onChange={(event) => (event.currentTarget.checked ? setChoosing(true) : apply(null))}
          />
          {statement.releasePlan && statement.can.arm && (
            <Button size="compact-xs" variant="subtle" onClick={() => setChoosing(true)}>
              {t('statements.releasePlan.change')}
            </Button>
          )}
        </Group>
        <ReleasePlanSummary statement={statement} />
      </Stack>
      {choosing && (
        <ArmModal
          initial={{
            channels: statement.releasePlan?.channels ?? ['email', 'website'],
            listIds: statement.releasePlan?.audience.listIds ?? [],
            attachment: statement.releasePlan?.attachment ?? 'pdf',
          }}
          loading={arm.isPending}
          onClose={() => setChoosing(false)}
          onArm={apply}
        />
      )}
    </Paper>
  );
}

function ArmModal({
  initial,
  loading,
  onClose,
  onArm,
}: {
  initial: { channels: DistributionChannel[]; listIds: string[]; attachment: AttachmentChoice };
  loading: boolean;
  onClose: () => void;
  onArm: (plan: { channels: DistributionChannel[]; listIds: string[]; attachment: AttachmentChoice }) => void;
}) {
  const { t } = useTranslation();
  const [channels, setChannels] = useState(initial.channels);
  const [listIds, setListIds] = useState(initial.listIds);
  const [attachment, setAttachment] = useState(initial.attachment);
  const email = channels.includes('email');
  return (
    <Modal opened onClose={onClose} title={t('statements.releasePlan.modalTitle')}>
      <Stack>
        <Checkbox.Group
          label={t('distribution.dialog.channels')}
          value={channels}
          onChange={(value) => setChannels(value as DistributionChannel[])}
        >
          <Group mt="xs">
            {distributionChannels.map((channel) => (
              <Checkbox key={channel} value={channel} label={t(`distribution.channel.${channel}`)} />
            ))}
          </Group>
        </Checkbox.Group>
        {email && <ListPicker label={t('distribution.dialog.lists')} value={listIds} onChange={setListIds} />}
        {email && (
          <SegmentedControl
            aria-label={t('distribution.dialog.attachment')}
            value={attachment}
            onChange={(value) => setAttachment(value as AttachmentChoice)}
            data={attachmentChoices.map((value) => ({ value, label: t(`distribution.attachment.${value}`) }))}
          />
        )}
        <Text size="xs" c="dimmed">
          {t('statements.releasePlan.modalHint')}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('accounts.cancel')}
          </Button>
          <Button
            onClick={() => onArm({ channels, listIds, attachment })}
            loading={loading}
            disabled={channels.length === 0 || (email && listIds.length === 0)}
          >
            {t('statements.releasePlan.arm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
