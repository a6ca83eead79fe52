import { Badge, Group, Modal, Radio, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Hoax } from '../../../../shared/ipc/hoaxes';
import { useChannelQuery } from '../../api/channelQueries';
import { FormActions } from '../../components/FormActions';
import { notifyFailure, showFormFailure } from '../../components/notifyFailure';
import { statusColors } from './hoaxLabels';
import { useCloseClaim, useMergeClaims } from './useHoaxActions';

/** Closing: a reason is required before a verdict (a duplicate, a claim that died out). */
export function CloseHoaxModal({ hoax, onClose }: { hoax: Hoax; onClose: () => void }) {
  const { t } = useTranslation();
  const close = useCloseClaim();
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  return (
    <Modal opened onClose={onClose} title={t('hoaxes.closeModal.title')}>
      <Stack
        component="form"
        onSubmit={(event) => {
          event.preventDefault();
          close.mutate(
            { id: hoax.id, note },
            {
              onSuccess: () => {
                notifications.show({ message: t('hoaxes.closeModal.done'), color: 'teal' });
                onClose();
              },
              onError: (error) => showFormFailure(t, error, setErrors),
            },
          );
        }}
      >
        <Textarea
          label={t('hoaxes.closeModal.note')}
          description={t('hoaxes.closeModal.hint')}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          error={errors.note}
          autosize
          minRows={2}
        />
        <FormActions onCancel={onClose} submitLabel={t('hoaxes.actions.close')} loading={close.isPending} />
      </Stack>
    </Modal>
  );
}

/**
 * Merging this claim into another: its sightings, screenshots and evidence move to the record
 * that stays, and this one closes pointing there. Similar claims are offered first.
 */
export function MergeHoaxModal({ hoax, onClose }: { hoax: Hoax; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const merge = useMergeClaims();
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search, 250);
  const [targetId, setTargetId] = useState<string | null>(null);
  const similar = useChannelQuery('hoaxes.similar', { text: hoax.claim, excludeId: hoax.id });
  const found = useChannelQuery(
    'hoaxes.list',
    { query, statuses: ['reported', 'verifying', 'verdict', 'clarified'], limit: 20 },
    { enabled: query.trim().length > 0 },
  );
  const options =
    query.trim().length > 0
      ? (found.data?.items ?? []).filter((item) => item.id !== hoax.id)
      : (similar.data ?? []).filter((item) => item.status !== 'closed');
  return (
    <Modal opened onClose={onClose} title={t('hoaxes.mergeModal.title')} size="lg">
      <Stack
        component="form"
        onSubmit={(event) => {
          event.preventDefault();
          if (!targetId) return;
          merge.mutate(
            { sourceId: hoax.id, targetId },
            {
              onSuccess: () => {
                notifications.show({ message: t('hoaxes.mergeModal.done'), color: 'teal' });
                onClose();
                void navigate(`/hoaxes/${targetId}`);
              },
              onError: (error) => notifyFailure(t, error),
            },
          );
        }}
      >
        <Text size="sm">{t('hoaxes.mergeModal.explain')}</Text>
        <TextInput
          label={t('hoaxes.mergeModal.search')}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
        />
        <Radio.Group value={targetId} onChange={setTargetId} label={t('hoaxes.mergeModal.target')}>
          <Stack gap="xs" mt="xs">
            {options.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('hoaxes.mergeModal.none')}
              </Text>
            )}
            {options.map((option) => (
              <Radio
                key={option.id}
                value={option.id}
                label={
                  <Group gap={6} wrap="nowrap">
                    <Badge size="xs" color={statusColors[option.status]} variant="light">
                      {t(`hoaxes.status.${option.status}`)}
                    </Badge>
                    <Text size="sm" lineClamp={2}>
                      {option.claim}
                    </Text>
                  </Group>
                }
              />
            ))}
          </Stack>
        </Radio.Group>
        <FormActions onCancel={onClose} submitLabel={t('hoaxes.mergeModal.submit')} loading={merge.isPending} />
      </Stack>
    </Modal>
  );
}
