import { Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { signalKinds } from '../../../../shared/ipc/feeds';
import { rolesAllow } from '../../../../shared/permissions';
import { QueryState } from '../../components/QueryState';
import { useMe } from '../../components/useSession';
import { SightingModal } from './SightingModal';
import { SignalCard } from './SignalCard';
import { useSignals } from './useMonitoring';
import type { SignalSummary } from '../../../../shared/ipc/feeds';

type Show = 'pending' | 'matched' | 'all';
type Kind = 'any' | (typeof signalKinds)[number];
const pageSize = 50;

/**
 * The early warnings first: what matched the office's rules and nobody has acted on, each with
 * why it matched and the three things the desk does with one — open a crisis from it, record it
 * as a sighting of a rumour, or set it aside. Every item read is one switch away.
 */
export function SignalsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const roles = me.data?.roles ?? [];
  const [show, setShow] = useState<Show>('pending');
  const [kind, setKind] = useState<Kind>('any');
  const [limit, setLimit] = useState(pageSize);
  const [sighting, setSighting] = useState<SignalSummary | null>(null);
  const signals = useSignals({
    pendingOnly: show === 'pending',
    matchedOnly: show === 'matched',
    kinds: kind === 'any' ? [] : [kind],
    limit,
  });
  return (
    <Stack>
      <Group>
        <SegmentedControl
          aria-label={t('monitoring.signals.show')}
          value={show}
          onChange={(value) => {
            setShow(value as Show);
            setLimit(pageSize);
          }}
          data={(['pending', 'matched', 'all'] as const).map((value) => ({
            value,
            label: t(`monitoring.signals.${value}`),
          }))}
        />
        <SegmentedControl
          aria-label={t('monitoring.signals.kind')}
          value={kind}
          onChange={(value) => {
            setKind(value as Kind);
            setLimit(pageSize);
          }}
          data={(['any', ...signalKinds] as const).map((value) => ({ value, label: t(`monitoring.kind.${value}`) }))}
        />
      </Group>
      <QueryState query={signals}>
        {(items) =>
          items.length === 0 ? (
            <Text c="dimmed" size="sm">
              {t(show === 'pending' ? 'monitoring.signals.nonePending' : 'monitoring.signals.none')}
            </Text>
          ) : (
            <Stack gap="sm">
              {items.map((signal) => (
                <SignalCard
                  key={signal.id}
                  signal={signal}
                  mayOpenCrisis={rolesAllow(roles, 'crises.manage')}
                  mayRecordSighting={rolesAllow(roles, 'hoaxes.manage')}
                  onRecordSighting={() => setSighting(signal)}
                />
              ))}
              {items.length === limit && limit < 500 && (
                <Button variant="default" w="fit-content" onClick={() => setLimit(limit + pageSize)}>
                  {t('monitoring.signals.more')}
                </Button>
              )}
            </Stack>
          )
        }
      </QueryState>
      {sighting && <SightingModal signal={sighting} onClose={() => setSighting(null)} />}
    </Stack>
  );
}
