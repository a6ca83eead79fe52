import { Button, Group, Modal, Select, Stack, Stepper, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowRight, IconLock, IconLockOpen } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { crisisPhases, type CrisisPhase } from '../../../../shared/crises/vocabulary';
import type { Crisis } from '../../../../shared/ipc/crises';
import { FormActions } from '../../components/FormActions';
import { notifyFailure } from '../../components/notifyFailure';
import { useFormatInstant } from '../../components/useOfficeTime';
import { useSetCrisisStatus, useSetPhase } from './useCrisisActions';

/** The four phases as steps, when each began; moving on (with a note) and closing after the post-crisis phase. */
export function PhaseControl({ crisis, mayManage }: { crisis: Crisis; mayManage: boolean }) {
  const { t } = useTranslation();
  const format = useFormatInstant();
  const [moving, setMoving] = useState(false);
  const [closing, setClosing] = useState(false);
  const setStatus = useSetCrisisStatus();
  const current = crisisPhases.indexOf(crisis.phase);
  const enteredAt = (phase: CrisisPhase) => crisis.phases.filter((change) => change.to === phase).at(-1)?.at;
  const open = crisis.status === 'open';

  const changeStatus = (status: 'open' | 'closed') =>
    setStatus.mutate(
      { id: crisis.id, status },
      {
        onSuccess: () =>
          notifications.show({ message: t(status === 'closed' ? 'crises.closed' : 'crises.reopened'), color: 'teal' }),
        onError: (error) => notifyFailure(t, error),
      },
    );
  return (
    <Stack gap="xs">
      <Stepper active={current} size="sm" allowNextStepsSelect={false} aria-label={t('crises.fields.phase')}>
        {crisisPhases.map((phase) => {
          const at = enteredAt(phase);
          return (
            <Stepper.Step
              key={phase}
              label={t(`crises.phase.${phase}`)}
              description={at ? format(at) : undefined}
              aria-current={phase === crisis.phase ? 'step' : undefined}
            />
          );
        })}
      </Stepper>
      {mayManage && (
        <Group gap="xs">
          {open && (
            <Button
              size="xs"
              variant="light"
              leftSection={<IconArrowRight size={14} />}
              onClick={() => setMoving(true)}
            >
              {t('crises.phaseChange.open')}
            </Button>
          )}
          {open && crisis.phase === 'post' && (
            <Button size="xs" variant="default" leftSection={<IconLock size={14} />} onClick={() => setClosing(true)}>
              {t('crises.close.action')}
            </Button>
          )}
          {!open && (
            <Button
              size="xs"
              variant="default"
              leftSection={<IconLockOpen size={14} />}
              loading={setStatus.isPending}
              onClick={() => changeStatus('open')}
            >
              {t('crises.reopen')}
            </Button>
          )}
        </Group>
      )}
      {moving && <PhaseModal crisis={crisis} onClose={() => setMoving(false)} />}
      <Modal opened={closing} onClose={() => setClosing(false)} title={t('crises.close.title')}>
        <Stack>
          <Text size="sm">{t('crises.close.body')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setClosing(false)}>
              {t('accounts.cancel')}
            </Button>
            <Button
              loading={setStatus.isPending}
              onClick={() => {
                setClosing(false);
                changeStatus('closed');
              }}
            >
              {t('crises.close.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

function PhaseModal({ crisis, onClose }: { crisis: Crisis; onClose: () => void }) {
  const { t } = useTranslation();
  const next = crisisPhases[Math.min(crisisPhases.indexOf(crisis.phase) + 1, crisisPhases.length - 1)]!;
  const [phase, setPhase] = useState<CrisisPhase>(next === crisis.phase ? 'ongoing' : next);
  const [note, setNote] = useState('');
  const move = useSetPhase();
  return (
    <Modal opened onClose={onClose} title={t('crises.phaseChange.title')}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          move.mutate(
            { id: crisis.id, phase, note },
            {
              onSuccess: () => {
                notifications.show({
                  message: t('crises.phaseChange.done', { phase: t(`crises.phase.${phase}`) }),
                  color: 'teal',
                });
                onClose();
              },
              onError: (error) => notifyFailure(t, error),
            },
          );
        }}
      >
        <Stack>
          <Select
            label={t('crises.phaseChange.to')}
            data={crisisPhases
              .filter((value) => value !== crisis.phase)
              .map((value) => ({ value, label: t(`crises.phase.${value}`) }))}
            value={phase}
            onChange={(value) => value && setPhase(value as CrisisPhase)}
            allowDeselect={false}
          />
          <Textarea
            label={t('crises.phaseChange.note')}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            autosize
            minRows={2}
          />
          <FormActions onCancel={onClose} submitLabel={t('crises.phaseChange.confirm')} loading={move.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
