import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlarm, IconCircleCheck, IconClockExclamation } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { clockState, type ClockFacts, type PromptState } from '../../../../shared/crises/goldenHour';
import { useFormatInstant } from '../../components/useOfficeTime';
import { elapsedClock } from '../../components/crisisLabels';
import { useNow } from './useCrises';

const promptColors: Record<PromptState, string> = { met: 'teal', missed: 'red', due: 'orange', upcoming: 'gray' };

/**
 * The golden-hour clock: time since the first signal until the first statement is out, the
 * office's prompts (15/30/60 minutes) met or missed, then the newest release's "next update at"
 * promise, red once it has passed without a newer release. Ticks every second.
 */
export function GoldenHourClock({ facts, compact = false }: { facts: ClockFacts; compact?: boolean }) {
  const format = useFormatInstant();
  const now = useNow();
  return <ClockView facts={facts} now={now} format={format} compact={compact} />;
}

/** The clock at one instant (pure: the tests give it a fixed `now`). */
export function ClockView({
  facts,
  now,
  format,
  compact = false,
}: {
  facts: ClockFacts;
  now: Date;
  format: (iso: string) => string;
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const state = clockState(facts, now.toISOString());
  const sinceSignal = now.getTime() - Date.parse(facts.firstSignalAt);
  const minutesTo = (iso: string) => Math.max(0, Math.round((Date.parse(iso) - now.getTime()) / 60_000));
  const minutesSince = (iso: string) => Math.max(0, Math.floor((now.getTime() - Date.parse(iso)) / 60_000));

  return (
    <Paper withBorder p={compact ? 'xs' : 'md'} component="section" aria-label={t('crises.clock.title')}>
      <Stack gap={compact ? 4 : 'xs'}>
        {!compact && (
          <Title order={3} size="h5">
            {t('crises.clock.title')}
          </Title>
        )}
        {state.firstStatement ? (
          <Group gap={6}>
            <IconCircleCheck size={18} color="var(--mantine-color-teal-7)" />
            <Text size="sm">{t('crises.clock.firstStatement', { minutes: state.firstStatement.minutes })}</Text>
          </Group>
        ) : (
          <Group gap={6} align="baseline">
            <IconAlarm size={18} color="var(--mantine-color-red-7)" />
            <Text fw={700} size={compact ? 'md' : 'xl'} ff="monospace" data-testid="golden-hour-elapsed">
              {elapsedClock(sinceSignal)}
            </Text>
            <Text size="sm" c="dimmed">
              {t('crises.clock.sinceSignal')}
            </Text>
          </Group>
        )}
        <Group gap={6}>
          {state.prompts.map((prompt) => (
            <Badge key={prompt.minutes} color={promptColors[prompt.state]} variant="light">
              {t('crises.clock.prompt', { minutes: prompt.minutes })} · {t(`crises.clock.state.${prompt.state}`)}
            </Badge>
          ))}
        </Group>
        {state.nextUpdate &&
          (state.nextUpdate.overdue ? (
            <Group gap={6} role="alert" wrap="nowrap" align="flex-start">
              <IconClockExclamation size={18} color="var(--mantine-color-red-7)" style={{ flexShrink: 0 }} />
              <Text size="sm" c="red" fw={600}>
                {t('crises.clock.overdue', {
                  time: format(state.nextUpdate.dueAt),
                  minutes: minutesSince(state.nextUpdate.dueAt),
                })}
              </Text>
            </Group>
          ) : (
            <Text size="sm">
              {t('crises.clock.nextUpdate', {
                time: format(state.nextUpdate.dueAt),
                minutes: minutesTo(state.nextUpdate.dueAt),
              })}
            </Text>
          ))}
        {state.firstStatement && !state.nextUpdate && (
          <Text size="sm" c="dimmed">
            {t('crises.clock.noPromise')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
