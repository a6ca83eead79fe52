import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconEyeOff, IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SignalSummary } from '../../../../shared/ipc/feeds';
import { notifyFailure } from '../../components/notifyFailure';
import { useFormatInstant } from '../../components/useOfficeTime';
import { SignalFactsView } from './SignalFactsView';
import { reasonText } from './signalWords';
import { useDismissSignal } from './useMonitoringActions';

export const kindColors: Record<SignalSummary['kind'], string> = { quake: 'orange', cap: 'red', news: 'blue' };

/** One item read from a feed: what, from where, when, why it matters, and what the desk can do with it. */
export function SignalCard({
  signal,
  mayOpenCrisis,
  mayRecordSighting,
  onRecordSighting,
}: {
  signal: SignalSummary;
  mayOpenCrisis: boolean;
  mayRecordSighting: boolean;
  onRecordSighting: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormatInstant();
  const dismiss = useDismissSignal();
  const [details, setDetails] = useState(false);
  const acted = signal.crisisId !== null || signal.hoaxId !== null || signal.dismissedAt !== null || signal.pickup;
  return (
    <Paper withBorder p="md" component="article" aria-label={signal.title}>
      <Stack gap={6}>
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <Badge color={kindColors[signal.kind]} variant="light" style={{ flexShrink: 0 }}>
            {t(`monitoring.kind.${signal.kind}`)}
          </Badge>
          <Text fw={600} style={{ flex: 1 }}>
            {signal.title}
          </Text>
          {signal.pickup && (
            <Badge color="teal" variant="light">
              {t('monitoring.signals.ourCoverage')}
            </Badge>
          )}
          {signal.dismissedAt && (
            <Badge color="gray" variant="outline">
              {t('monitoring.signals.dismissed')}
            </Badge>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {t('monitoring.signals.meta', {
            source: signal.feedName,
            at: signal.occurredAt ? format(signal.occurredAt) : '—',
            read: format(signal.fetchedAt),
          })}
        </Text>
        {signal.match && (
          <Group gap={4}>
            {signal.match.map((reason, index) => (
              <Badge key={index} size="sm" color="grape" variant="dot">
                {reasonText(t, reason)}
              </Badge>
            ))}
          </Group>
        )}
        <Group gap="xs">
          {!acted && mayOpenCrisis && (
            <Button
              size="xs"
              color="red"
              // A story is more often a rumour than a crisis: the quieter button for it.
              variant={signal.kind === 'news' ? 'default' : 'filled'}
              leftSection={<IconAlertTriangle size={14} />}
              component={Link}
              to={`/crises/new?signal=${signal.id}`}
            >
              {t('monitoring.actions.openCrisis')}
            </Button>
          )}
          {!acted && mayRecordSighting && signal.kind !== 'quake' && (
            <Button size="xs" variant="light" leftSection={<IconShieldCheck size={14} />} onClick={onRecordSighting}>
              {t('monitoring.actions.recordSighting')}
            </Button>
          )}
          {!acted && mayOpenCrisis && signal.match && (
            <Button
              size="xs"
              variant="subtle"
              color="gray"
              leftSection={<IconEyeOff size={14} />}
              loading={dismiss.isPending}
              onClick={() =>
                dismiss.mutate(
                  { id: signal.id },
                  {
                    onSuccess: () => notifications.show({ message: t('monitoring.signals.dismissedNotice') }),
                    onError: (error) => notifyFailure(t, error),
                  },
                )
              }
            >
              {t('monitoring.actions.dismiss')}
            </Button>
          )}
          {signal.crisisId && (
            <Anchor component={Link} to={`/crises/${signal.crisisId}`} size="sm">
              {t('monitoring.signals.toCrisis')}
            </Anchor>
          )}
          {signal.hoaxId && (
            <Anchor component={Link} to={`/hoaxes/${signal.hoaxId}`} size="sm">
              {t('monitoring.signals.toClaim')}
            </Anchor>
          )}
          {signal.url && (
            <Anchor href={signal.url} target="_blank" rel="noopener noreferrer" size="sm">
              {t('monitoring.signals.source')}
            </Anchor>
          )}
          <Anchor
            component="button"
            type="button"
            size="sm"
            onClick={() => setDetails(!details)}
            aria-expanded={details}
          >
            {details ? t('monitoring.signals.hideDetails') : t('monitoring.signals.details')}
          </Anchor>
        </Group>
        {details && <SignalFactsView signalId={signal.id} />}
      </Stack>
    </Paper>
  );
}
