import type { TFunction } from 'i18next';
import type { Statement } from '../../../../shared/ipc/statements';
import type { StatementStatus } from '../../../../shared/statements/workflow';

/** "Rina Marlina atau Agus Santoso": whom a statement in review waits for ('' when nobody is known). */
export function waitingFor(t: TFunction, statement: Pick<Statement, 'status' | 'pendingDeciders'>): string {
  if (statement.status !== 'in_review' || statement.pendingDeciders.length === 0) return '';
  const names = statement.pendingDeciders;
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} ${t('statements.or')} ${names.at(-1)}`;
}

/** One colour per status, the same in lists, badges and the timeline. */
export const statusColors: Record<StatementStatus, string> = {
  draft: 'gray',
  in_review: 'blue',
  changes_requested: 'orange',
  approved: 'teal',
  released: 'green',
  withdrawn: 'dark',
  corrected: 'grape',
  retracted: 'red',
};
