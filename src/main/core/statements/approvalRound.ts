import type { Role } from '../../../shared/accounts/roles';
import type { ApprovalStepRole } from '../../../shared/statements/workflow';

export interface RoundStep {
  role: ApprovalStepRole;
}

export interface RoundDecision {
  stepIndex: number;
  outcome: string;
  revisionId: string;
  voidedAt: string | null;
}

/**
 * The first step of the round without a standing approval of the current revision, or null when
 * every step has approved it (the statement is then fully approved).
 */
export function pendingStepIndex(
  chain: readonly RoundStep[],
  decisions: readonly RoundDecision[],
  currentRevisionId: string,
): number | null {
  for (let index = 0; index < chain.length; index += 1) {
    const approved = decisions.some(
      (decision) =>
        decision.stepIndex === index &&
        decision.outcome === 'approved' &&
        decision.voidedAt === null &&
        decision.revisionId === currentRevisionId,
    );
    if (!approved) return index;
  }
  return null;
}

/** Whether someone may decide the pending step: holds its role and wrote none of the content. */
export function mayDecide(
  step: RoundStep | undefined,
  roles: readonly Role[],
  accountId: string,
  contentAuthors: ReadonlySet<string>,
): boolean {
  return step !== undefined && roles.includes(step.role) && !contentAuthors.has(accountId);
}
