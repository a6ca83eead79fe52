import type { Role } from '../accounts/roles';

/** The kinds of GLOSSARY.md, in the order the interface lists them. */
export const statementKinds = [
  'press_release',
  'official_statement',
  'holding_statement',
  'update',
  'hoax_clarification',
  'qa',
  'talking_points',
  'social_post',
] as const;
export type StatementKind = (typeof statementKinds)[number];

/**
 * draft -> in_review -> changes_requested -> (draft) ... -> approved -> released; withdrawn before
 * release; corrected or retracted after release, once the statement that corrects it is released.
 */
export const statementStatuses = [
  'draft',
  'in_review',
  'changes_requested',
  'approved',
  'released',
  'withdrawn',
  'corrected',
  'retracted',
] as const;
export type StatementStatus = (typeof statementStatuses)[number];

/** Content can still change in these; an edit sends the statement back to draft. */
export const editableStatuses: readonly StatementStatus[] = ['draft', 'in_review', 'changes_requested', 'approved'];
/** A statement in these may be withdrawn (it has not gone out). */
export const withdrawableStatuses: readonly StatementStatus[] = editableStatuses;
export const submittableStatuses: readonly StatementStatus[] = ['draft', 'changes_requested'];

export const correctionModes = ['correction', 'retraction'] as const;
export type CorrectionMode = (typeof correctionModes)[number];

/** Roles an approval step may name. */
export const approvalStepRoles = ['reviewer', 'approver', 'spokesperson'] as const satisfies readonly Role[];
export type ApprovalStepRole = (typeof approvalStepRoles)[number];

/** The chain a new office starts with: the editor reviews, the leader approves. */
export const defaultApprovalChain: { role: ApprovalStepRole }[] = [{ role: 'reviewer' }, { role: 'approver' }];

/**
 * Kinds that are not the crisis's own public updates: a hoax clarification answers a rumour and
 * talking points stay with the spokesperson. They neither start the golden-hour clock's "first
 * statement" nor keep a "next update" promise.
 */
const notCrisisUpdates: readonly StatementKind[] = ['hoax_clarification', 'talking_points'];
export const isCrisisUpdate = (kind: string): boolean => !notCrisisUpdates.includes(kind as StatementKind);

/** Kinds that promise the next update: the editor asks for "next update at". */
export const kindsWithNextUpdate: readonly StatementKind[] = ['holding_statement', 'update'];

/**
 * Recommended length in words per kind (a hint shown while drafting, never enforced): short
 * first messages in a crisis, longer press releases.
 */
export const wordHints: Record<StatementKind, { min: number; max: number }> = {
  press_release: { min: 250, max: 800 },
  official_statement: { min: 100, max: 500 },
  holding_statement: { min: 60, max: 250 },
  update: { min: 80, max: 400 },
  hoax_clarification: { min: 80, max: 400 },
  qa: { min: 150, max: 1500 },
  talking_points: { min: 50, max: 600 },
  social_post: { min: 10, max: 120 },
};

/** Character limits of the channels a statement is commonly pasted into. */
export const channelLimits = {
  x: 280,
  instagram: 2200,
  facebook: 63_206,
  whatsapp: 65_536,
  sms: 160,
} as const;
