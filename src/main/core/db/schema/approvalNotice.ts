/**
 * A notice to one person that a statement's approval step concerns them (0016): recorded once per
 * round, step, kind and person (unique), in the write that queues its e-mail, so however many
 * desks look, nobody is told twice.
 */
export interface ApprovalNoticeTable {
  id: string;
  statement_id: string;
  revision_id: string;
  /** When the round began (its submission): a statement submitted again is a new round. */
  round_started_at: string;
  step_index: number;
  /** request: the step waits for them; reminder: still waiting in an open crisis; standIn: told in an approver's place. */
  kind: 'request' | 'reminder' | 'standIn';
  account_id: string;
  /** The one-recipient notice job; null when the person has no e-mail address. */
  distribution_id: string | null;
  created_at: string;
}
