import type { StatementStatus } from '../../../../shared/statements/workflow';

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
