import type { ApprovalStepRole } from '../../../../shared/statements/workflow';
import type { Selectable } from 'kysely';

/**
 * A step's decision on an exact revision. Triggers enforce four-eyes and the exact hash, and allow
 * only voiding (when content changes or changes are requested).
 */
export interface StatementApprovalTable {
  id: string;
  statement_id: string;
  revision_id: string;
  revision_hash: string;
  step_index: number;
  role: ApprovalStepRole;
  /** 'approved' | 'changes_requested' */
  outcome: 'approved' | 'changes_requested';
  account_id: string;
  comment: string;
  decided_at: string;
  voided_at: string | null;
  void_reason: string | null;
  /** Added in 0015: the approver this decision was taken for, when a stand-in took it. */
  on_behalf_of: string | null;
}

export type StatementApprovalRow = Selectable<StatementApprovalTable>;
