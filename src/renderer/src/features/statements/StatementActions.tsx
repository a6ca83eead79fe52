import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Statement } from '../../../../shared/ipc/statements';
import { notifyFailure } from '../../components/notifyFailure';
import { waitingFor } from './statementLabels';
import {
  useCorrectStatement,
  useReleaseStatement,
  useSubmitStatement,
  useWithdrawStatement,
} from './useStatementActions';

/** The workflow buttons the caller may use now (the core decides; `statement.can` only hides). */
export function StatementActions({ statement, dirty }: { statement: Statement; dirty: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const submit = useSubmitStatement();
  const withdraw = useWithdrawStatement();
  const release = useReleaseStatement();
  const correct = useCorrectStatement();
  const [withdrawing, setWithdrawing] = useState(false);
  const [reason, setReason] = useState('');
  const done = (message: string) => () => notifications.show({ message, color: 'teal' });
  const fail = (error: unknown) => notifyFailure(t, error);

  return (
    <Group gap="xs">
      {statement.can.submit && (
        <Button
          onClick={() =>
            void submit.mutateAsync({ id: statement.id, revisionId: statement.currentRevisionId }).then(
              (submitted) =>
                notifications.show({
                  message: waitingFor(t, submitted)
                    ? t('statements.actions.submittedTo', { names: waitingFor(t, submitted) })
                    : t('statements.actions.submitted'),
                  color: 'teal',
                }),
              (error: unknown) => notifyFailure(t, error, t('statements.actions.notSubmitted')),
            )
          }
          loading={submit.isPending}
          // Unsaved typing would not be part of what is reviewed: save it first.
          disabled={dirty}
        >
          {t('statements.actions.submit')}
        </Button>
      )}
      {statement.can.release && (
        <Button
          color="green"
          onClick={() =>
            void release.mutateAsync({ id: statement.id }).then(done(t('statements.actions.released')), fail)
          }
          loading={release.isPending}
        >
          {t('statements.actions.release')}
        </Button>
      )}
      {statement.can.correct && (
        <>
          {(['correction', 'retraction'] as const).map((mode) => (
            <Button
              key={mode}
              variant="light"
              color={mode === 'retraction' ? 'red' : 'grape'}
              loading={correct.isPending}
              onClick={() =>
                void correct.mutateAsync({ id: statement.id, mode }).then((created) => {
                  notifications.show({ message: t('statements.actions.correctionCreated'), color: 'teal' });
                  void navigate(`/statements/${created.id}`);
                }, fail)
              }
            >
              {t(mode === 'retraction' ? 'statements.actions.retract' : 'statements.actions.correct')}
            </Button>
          ))}
        </>
      )}
      {statement.can.withdraw && (
        <Button variant="subtle" color="red" onClick={() => setWithdrawing(true)}>
          {t('statements.actions.withdraw')}
        </Button>
      )}
      <Modal opened={withdrawing} onClose={() => setWithdrawing(false)} title={t('statements.actions.withdraw')}>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void withdraw.mutateAsync({ id: statement.id, reason }).then(() => {
              setWithdrawing(false);
              done(t('statements.actions.withdrawn'))();
            }, fail);
          }}
        >
          <Stack>
            <Text size="sm">{statement.content.title}</Text>
            <Textarea
              label={t('statements.actions.withdrawReason')}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              required
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setWithdrawing(false)}>
                {t('statements.actions.cancel')}
              </Button>
              <Button type="submit" color="red" disabled={!reason.trim()} loading={withdraw.isPending}>
                {t('statements.actions.confirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Group>
  );
}
