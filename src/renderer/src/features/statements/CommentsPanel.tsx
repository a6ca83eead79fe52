import { Badge, Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatementComment } from '../../../../shared/ipc/statements';
import { notifyFailure } from '../../components/notifyFailure';
import { useComment } from './useStatementActions';

/** The statement's comment thread: general comments and those made with a step's decision. */
export function CommentsPanel({
  statementId,
  comments,
  canComment,
  formatInstant,
}: {
  statementId: string;
  comments: StatementComment[];
  canComment: boolean;
  formatInstant: (iso: string) => string;
}) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const add = useComment();
  const send = () =>
    add.mutateAsync({ id: statementId, body, stepIndex: null }).then(
      () => setBody(''),
      (error: unknown) => notifyFailure(t, error),
    );
  return (
    <Stack>
      {comments.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('statements.comments.empty')}
        </Text>
      )}
      {comments.map((comment) => (
        <Paper key={comment.id} withBorder p="sm">
          <Group gap="xs" mb={4}>
            <Text size="sm" fw={600}>
              {comment.author.fullName}
            </Text>
            <Text size="xs" c="dimmed">
              {formatInstant(comment.createdAt)} · {t('statements.revision', { no: comment.revisionNo })}
            </Text>
            {comment.stepIndex !== null && (
              <Badge size="xs" variant="light">
                {t('statements.comments.step', { n: comment.stepIndex + 1 })}
              </Badge>
            )}
          </Group>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {comment.body}
          </Text>
        </Paper>
      ))}
      {canComment && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (body.trim()) void send();
          }}
        >
          <Stack gap="xs">
            <Textarea
              label={t('statements.comments.label')}
              value={body}
              onChange={(e) => setBody(e.currentTarget.value)}
              autosize
              minRows={2}
            />
            <Button type="submit" variant="light" w="fit-content" loading={add.isPending} disabled={!body.trim()}>
              {t('statements.comments.add')}
            </Button>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
