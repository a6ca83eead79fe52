import type { ChainKind } from '../../../../shared/ipc/statements';
/**
 * The office's approval chains (0015): per statement kind, or `*` for the default every kind without
 * its own follows. One row per step, in order; a step names the roles any of which may decide it.
 * A submitted statement keeps a copy of its chain.
 */
export interface ApprovalChainStepTable {
  kind: ChainKind;
  position: number;
  /** JSON array of roles, e.g. `["approver","spokesperson"]`. */
  roles_json: string;
}

/** An approver's stand-in for a period (0015): decides the steps the approver could. */
export interface ApprovalStandInTable {
  id: string;
  account_id: string;
  stand_in_id: string;
  starts_at: string;
  ends_at: string;
  created_by: string;
  created_at: string;
  revoked_at: string | null;
}
