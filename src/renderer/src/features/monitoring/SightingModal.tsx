import { Button, Group, Modal, Radio, Select, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { SignalSummary } from '../../../../shared/ipc/feeds';
import { useChannelQuery } from '../../api/channelQueries';
import { showFormFailure } from '../../components/notifyFailure';
import { useRecordSighting } from './useMonitoringActions';

/**
 * "Catat sebagai sighting": a story or warning recorded where a rumour was seen, in one step — on a
 * claim the register already has (those that read alike are offered first) or as a new claim.
 */
export function SightingModal({ signal, onClose }: { signal: SignalSummary; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const record = useRecordSighting();
  const similar = useChannelQuery('hoaxes.similar', { text: signal.title.slice(0, 4000), excludeId: null });
  const crises = useChannelQuery('crises.list', { status: 'open' });
  const [target, setTarget] = useState<string>('new');
  const [claim, setClaim] = useState(signal.title);
  const [crisisId, setCrisisId] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const offered = (similar.data ?? []).filter((item) => item.status !== 'closed').slice(0, 5);
  const submit = () =>
    record.mutate(
      target === 'new' ? { signalId: signal.id, claim, crisisId } : { signalId: signal.id, hoaxId: target },
      {
        onSuccess: ({ hoaxId }) => {
          notifications.show({ message: t('monitoring.sighting.recorded'), color: 'teal' });
          onClose();
          void navigate(`/hoaxes/${hoaxId}`);
        },
        onError: (error) => showFormFailure(t, error, setErrors),
      },
    );
  return (
    <Modal opened onClose={onClose} title={t('monitoring.sighting.title')} size="lg">
      <Stack
        component="form"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Text size="sm">{t('monitoring.sighting.item', { title: signal.title, source: signal.feedName })}</Text>
        <Radio.Group label={t('monitoring.sighting.onClaim')} value={target} onChange={setTarget}>
          <Stack gap="xs" mt="xs">
            {offered.map((item) => (
              <Radio
                key={item.id}
                value={item.id}
                label={`${item.claim.slice(0, 160)} (${t('hoaxes.similar.score', { percent: Math.round(item.score * 100) })})`}
              />
            ))}
            <Radio value="new" label={t('monitoring.sighting.newClaim')} />
          </Stack>
        </Radio.Group>
        {target === 'new' && (
          <>
            <Textarea
              label={t('hoaxes.fields.claim')}
              value={claim}
              onChange={(event) => setClaim(event.currentTarget.value)}
              error={errors.claim}
              required
              autosize
              minRows={2}
            />
            <Select
              label={t('hoaxes.fields.crisis')}
              data={(crises.data ?? []).map((crisis) => ({ value: crisis.id, label: crisis.title }))}
              value={crisisId}
              onChange={setCrisisId}
              error={errors.crisisId}
              clearable
              searchable
            />
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('accounts.cancel')}
          </Button>
          <Button type="submit" loading={record.isPending}>
            {t('monitoring.sighting.record')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
