import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Statement } from '../../../../shared/ipc/statements';
import { useChannelMutation } from '../../api/channelQueries';
import { notifyFailure } from '../../components/notifyFailure';

export type DecisionKind = 'approve' | 'requestChanges';

/**
 * An approver's decision on the exact revision shown: the comment (required to ask for changes),
 * the two calls and what they say when done. Shared by the statement page and the decision drawer.
 */
export function useDecision(statement: Statement | undefined, onDecided?: (next: Statement) => void) {
  const { t } = useTranslation();
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<string | null>(null);
  const approve = useChannelMutation('statements.approve');
  const requestChanges = useChannelMutation('statements.requestChanges');

  const decide = (kind: DecisionKind) => {
    if (!statement) return;
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
              : next.status === 'approved' || next.status === 'released'
                ? t('statements.actions.approvedFinal', { number: next.number })
                : t('statements.actions.approved'),
        });
        onDecided?.(next);
      },
      (error: unknown) => notifyFailure(t, error),
    );
  };

  return {
    comment,
    setComment: (value: string) => {
      setComment(value);
      if (value.trim()) setCommentError(null);
    },
    commentError,
    decide,
    approving: approve.isPending,
    requesting: requestChanges.isPending,
  };
}
