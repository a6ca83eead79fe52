import type { Role } from '../../../shared/accounts/roles';
import type { ApprovalStepRole } from '../../../shared/statements/workflow';

/** A step of a round: anyone holding one of its roles (and not an author) may decide it. */
export interface RoundStep {
  roles: ApprovalStepRole[];
}

export interface RoundDecision {
  stepIndex: number;
  outcome: string;
  revisionId: string;
  voidedAt: string | null;
}

/** A chain as stored before 0015 named one role per step (`{ role }`); both shapes read the same. */
export function toRoundSteps(
  stored: readonly ({ roles: ApprovalStepRole[] } | { role: ApprovalStepRole })[],
): RoundStep[] {
  return stored.map((step) => ('roles' in step ? { roles: [...step.roles] } : { roles: [step.role] }));
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

/** Someone standing in now for an approver, with the approver's roles. */
export interface StandingFor {
  accountId: string;
  roles: readonly Role[];
}

/**
 * On whose authority someone may decide the pending step: their own (`{ onBehalfOf: null }`) when
 * they hold one of its roles, else an approver they stand in for now who holds one. Never an
 * author of the content (four eyes), whoever they act for. Null when they may not decide it.
 */
export function decidingAuthority(
  step: RoundStep | undefined,
  actor: { accountId: string; roles: readonly Role[] },
  contentAuthors: ReadonlySet<string>,
  standingFor: readonly StandingFor[] = [],
): { role: ApprovalStepRole; onBehalfOf: string | null } | null {
  if (!step || contentAuthors.has(actor.accountId)) return null;
  const own = step.roles.find((role) => actor.roles.includes(role));
  if (own) return { role: own, onBehalfOf: null };
  for (const principal of standingFor) {
    const role = step.roles.find((candidate) => principal.roles.includes(candidate));
    if (role) return { role, onBehalfOf: principal.accountId };
  }
  return null;
}

/** Whether someone may decide the pending step (see `decidingAuthority`). */
export function mayDecide(
  step: RoundStep | undefined,
  actor: { accountId: string; roles: readonly Role[] },
  contentAuthors: ReadonlySet<string>,
  standingFor: readonly StandingFor[] = [],
): boolean {
  return decidingAuthority(step, actor, contentAuthors, standingFor) !== null;
}
