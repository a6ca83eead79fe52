/** The office's approval chain: one row per step, in order. A submitted statement keeps a copy. */
export interface ApprovalStepTable {
  position: number;
  role: string;
}
