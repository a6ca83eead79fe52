import { Button, Group, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { useDecision } from './useDecision';

/**
 * The comment and the two decisions, as the statement page and the decision drawer show them.
 * `shortcut` says Ctrl+Enter approves (the drawer listens for it).
 */
export function DecisionForm({
  decision,
  shortcut = false,
}: {
  decision: ReturnType<typeof useDecision>;
  shortcut?: boolean;
}) {
  const { t } = useTranslation();
  const { comment, setComment, commentError, decide, approving, requesting } = decision;
  return (
    <>
      <Textarea
        label={t('statements.actions.comment')}
        description={t('statements.decision.commentHint')}
        value={comment}
        onChange={(event) => setComment(event.currentTarget.value)}
        error={commentError}
        autosize
        minRows={2}
      />
      <Group>
        <Button color="teal" onClick={() => decide('approve')} loading={approving}>
          {t('statements.actions.approve')}
        </Button>
        <Button color="orange" variant="light" onClick={() => decide('requestChanges')} loading={requesting}>
          {t('statements.actions.requestChanges')}
        </Button>
        {shortcut && (
          <Text size="xs" c="dimmed">
            {t('statements.decision.shortcut')}
          </Text>
        )}
      </Group>
    </>
  );
}
