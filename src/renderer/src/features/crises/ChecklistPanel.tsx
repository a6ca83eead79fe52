import { Badge, Button, Checkbox, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { crisisPhases, type CrisisPhase } from '../../../../shared/crises/vocabulary';
import type { Crisis } from '../../../../shared/ipc/crises';
import { notifyFailure } from '../../components/notifyFailure';
import { useFormatInstant } from '../../components/useOfficeTime';
import { phaseColors } from '../../components/crisisLabels';
import { useAddChecklistItem, useTickChecklistItem } from './useCrisisActions';

/** The crisis's checklist, phase by phase: ticked with who and when; the current phase first in attention. */
export function ChecklistPanel({ crisis, editable }: { crisis: Crisis; editable: boolean }) {
  return (
    <Stack>
      {crisisPhases.map((phase) => (
        <PhaseChecklist key={phase} crisis={crisis} phase={phase} editable={editable} />
      ))}
    </Stack>
  );
}

function PhaseChecklist({ crisis, phase, editable }: { crisis: Crisis; phase: CrisisPhase; editable: boolean }) {
  const { t } = useTranslation();
  const format = useFormatInstant();
  const tick = useTickChecklistItem();
  const add = useAddChecklistItem();
  const [text, setText] = useState('');
  const items = crisis.checklist.filter((item) => item.phase === phase);
  const title = t(`crises.phase.${phase}`);
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5">
          {title}
        </Title>
        <Group gap="xs">
          {phase === crisis.phase && <Badge color={phaseColors[phase]}>{t('crises.checklist.current')}</Badge>}
          <Text size="sm" c="dimmed">
            {items.filter((item) => item.doneAt).length}/{items.length}
          </Text>
        </Group>
      </Group>
      <Stack gap="xs">
        {items.map((item) => (
          <Group key={item.id} justify="space-between" wrap="nowrap" align="flex-start">
            <Checkbox
              label={item.text}
              checked={item.doneAt !== null}
              disabled={!editable || tick.isPending}
              onChange={(event) =>
                tick.mutate(
                  { itemId: item.id, done: event.currentTarget.checked },
                  { onError: (error) => notifyFailure(t, error) },
                )
              }
            />
            <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
              {item.doneAt && item.doneBy
                ? t('crises.checklist.doneBy', { name: item.doneBy.fullName, time: format(item.doneAt) })
                : !item.fromPlaybook
                  ? t('crises.checklist.ownItem')
                  : ''}
            </Text>
          </Group>
        ))}
        {editable && (
          <Group
            component="form"
            align="flex-end"
            onSubmit={(event) => {
              event.preventDefault();
              add.mutate(
                { crisisId: crisis.id, phase, text },
                { onSuccess: () => setText(''), onError: (error) => notifyFailure(t, error) },
              );
            }}
          >
            <TextInput
              aria-label={t('crises.checklist.newItem', { phase: title })}
              placeholder={t('crises.checklist.newItemPlaceholder')}
              value={text}
              onChange={(event) => setText(event.currentTarget.value)}
              style={{ flex: 1 }}
              size="xs"
            />
            <Button type="submit" size="xs" variant="light" disabled={!text.trim()} loading={add.isPending}>
              {t('crises.checklist.add')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
