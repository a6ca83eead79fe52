import { Alert, Badge, Button, Code, Group, Paper, Stack, Text, Textarea, Timeline } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Statement } from '../../../../shared/ipc/statements';
import { useChannelMutation } from '../../api/channelQueries';
import { notifyFailure } from '../../components/notifyFailure';
import { useMe } from '../session/useSession';
import { StatementBodyView } from './StatementBodyView';

/** The round's steps and, for whoever's turn it is, the exact revision to approve or send back. */
export function ApprovalPanel({
  statement,
  formatInstant,
}: {
  statement: Statement;
  formatInstant: (iso: string) => string;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<string | null>(null);
  const approve = useChannelMutation('statements.approve');
  const requestChanges = useChannelMutation('statements.requestChanges');
  const pending = statement.pendingStep;
  const roles = me.data?.roles ?? [];

  const decide = (kind: 'approve' | 'requestChanges') => {
    if (kind === 'requestChanges' && !comment.trim()) {
      setCommentError(t('statements.actions.commentRequired'));
      return;
    }
    const input = { id: statement.id, revisionId: statement.currentRevisionId, comment };
    const call = kind === 'approve' ? approve.mutateAsync(input) : requestChanges.mutateAsync(input);
    void call.then(
      (next) => {
        setComment('');
        setCommentError(null);
        notifications.show({
          color: 'teal',
          message:
            kind === 'requestChanges'
              ? t('statements.actions.changesRequested')
              : next.status === 'approved'
                ? t('statements.actions.approvedFinal', { number: next.number })
                : t('statements.actions.approved'),
        });
      },
      (error: unknown) => notifyFailure(t, error),
    );
  };

  return (
    <Stack>
      <Paper withBorder p="md">
        <Text fw={600} mb="sm">
          {t('statements.approval.chain')}
        </Text>
        {statement.chain.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('statements.approval.notSubmitted')}
          </Text>
        ) : (
          <Timeline
            active={statement.chain.filter((step) => step.decision?.outcome === 'approved').length - 1}
            bulletSize={20}
          >
            {statement.chain.map((step) => (
              <Timeline.Item
                key={step.index}
                title={t('statements.approval.step', { n: step.index + 1, role: t(`role.${step.role}`) })}
              >
                {step.decision ? (
                  <Text size="sm" c={step.decision.outcome === 'approved' ? 'teal' : 'orange'}>
                    {t(
                      step.decision.outcome === 'approved'
                        ? 'statements.approval.approvedBy'
                        : 'statements.approval.changesBy',
                      {
                        name: step.decision.by.fullName,
                        time: formatInstant(step.decision.at),
                      },
                    )}
                  </Text>
                ) : (
                  <Badge variant="light" color={pending?.index === step.index ? 'blue' : 'gray'}>
                    {t('statements.approval.pending')}
                  </Badge>
                )}
              </Timeline.Item>
            ))}
          </Timeline>
        )}
        <Text size="xs" c="dimmed" mt="sm">
          {t('statements.approval.revisionHash')}: <Code>{statement.currentRevisionHash}</Code>
        </Text>
      </Paper>
      {statement.status === 'in_review' && pending && (
        <Paper withBorder p="md">
          <Stack>
            <Text fw={600}>{t('statements.approval.decideTitle', { no: statement.revisionNo })}</Text>
            {statement.can.decide ? (
              <>
                <Text size="sm" c="dimmed">
                  {t('statements.approval.decideHint')}
                </Text>
                <Paper withBorder p="md" bg="var(--mantine-color-body)">
                  <Text fw={700} size="lg">
                    {statement.content.title}
                  </Text>
                  {statement.content.summary && (
                    <Text fs="italic" mb="xs">
                      {statement.content.summary}
                    </Text>
                  )}
                  <StatementBodyView body={statement.content.body} />
                </Paper>
                <Textarea
                  label={t('statements.actions.comment')}
                  value={comment}
                  onChange={(event) => setComment(event.currentTarget.value)}
                  error={commentError}
                  autosize
                  minRows={2}
                />
                <Group>
                  <Button color="teal" onClick={() => decide('approve')} loading={approve.isPending}>
                    {t('statements.actions.approve')}
                  </Button>
                  <Button
                    color="orange"
                    variant="light"
                    onClick={() => decide('requestChanges')}
                    loading={requestChanges.isPending}
                  >
                    {t('statements.actions.requestChanges')}
                  </Button>
                </Group>
              </>
            ) : (
              <Alert color="gray">
                {roles.includes(pending.role)
                  ? t('statements.approval.fourEyes')
                  : t('statements.approval.notYourStep', { role: t(`role.${pending.role}`) })}
              </Alert>
            )}
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
