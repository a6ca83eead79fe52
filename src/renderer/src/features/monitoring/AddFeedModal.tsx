import { Button, Chip, Group, Modal, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { feedIntervalLimits, feedKinds, type FeedKind } from '../../../../shared/ipc/feeds';
import { rolesAllow } from '../../../../shared/permissions';
import { showFormFailure } from '../../components/notifyFailure';
import { useMe } from '../../components/useSession';
import { feedPresets } from './feedPresets';
import { useOutlets } from './useMonitoring';
import { useAddFeed } from './useMonitoringActions';

/** How often each kind is worth asking: BMKG's earthquakes within minutes, warnings often, news less. */
const defaultInterval: Record<FeedKind, number> = { bmkg_quake: 2, cap: 10, news: 15 };

/** Subscribing the office to a feed: one of BMKG's in one click, or any address with its kind. */
export function AddFeedModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const add = useAddFeed();
  const outlets = useOutlets(rolesAllow(me.data?.roles ?? [], 'contacts.view'));
  const [kind, setKind] = useState<FeedKind>('news');
  const [name, setName] = useState('');
  const [url, setUrl] = useState('');
  const [outletId, setOutletId] = useState<string | null>(null);
  const [interval, setInterval] = useState<number | string>(15);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const submit = () =>
    add.mutate(
      { kind, name, url: url.trim(), outletId: kind === 'news' ? outletId : null, intervalMinutes: Number(interval) },
      {
        onSuccess: () => {
          notifications.show({ message: t('monitoring.feeds.added'), color: 'teal' });
          onClose();
        },
        onError: (error) => showFormFailure(t, error, setErrors),
      },
    );
  return (
    <Modal opened onClose={onClose} title={t('monitoring.feeds.add')} size="lg">
      <Stack
        component="form"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('monitoring.feeds.presets')}
          </Text>
          <Group gap="xs">
            {feedPresets.map((preset) => (
              <Chip
                key={preset.key}
                checked={url === preset.url}
                onChange={() => {
                  setKind(preset.kind);
                  setUrl(preset.url);
                  setName(t(`monitoring.preset.${preset.key}`));
                  setInterval(preset.intervalMinutes);
                }}
              >
                {t(`monitoring.preset.${preset.key}`)}
              </Chip>
            ))}
          </Group>
        </Stack>
        <Select
          label={t('monitoring.feeds.kind')}
          data={feedKinds.map((value) => ({ value, label: t(`monitoring.feedKind.${value}`) }))}
          value={kind}
          onChange={(value) => {
            if (!value) return;
            setKind(value as FeedKind);
            setInterval(defaultInterval[value as FeedKind]);
          }}
          allowDeselect={false}
          description={t(`monitoring.feedKindHint.${kind}`)}
        />
        <TextInput
          label={t('monitoring.feeds.name')}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={errors.name}
          required
        />
        <TextInput
          label={t('monitoring.feeds.url')}
          value={url}
          onChange={(event) => setUrl(event.currentTarget.value)}
          error={errors.url}
          placeholder="https://"
          required
        />
        {kind === 'news' && (
          <Select
            label={t('monitoring.feeds.outlet')}
            description={t('monitoring.feeds.outletHint')}
            data={(outlets.data ?? []).map((outlet) => ({ value: outlet.id, label: outlet.name }))}
            value={outletId}
            onChange={setOutletId}
            error={errors.outletId}
            clearable
            searchable
          />
        )}
        <NumberInput
          label={t('monitoring.feeds.interval')}
          min={feedIntervalLimits.min}
          max={feedIntervalLimits.max}
          value={interval}
          onChange={setInterval}
          error={errors.intervalMinutes}
          allowDecimal={false}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('accounts.cancel')}
          </Button>
          <Button type="submit" loading={add.isPending}>
            {t('monitoring.feeds.subscribe')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
