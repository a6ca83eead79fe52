import type { StatementContent } from '../../../shared/ipc/statements';
import type { Kysely } from 'kysely';
import type { ReleasePlan } from '../../../shared/ipc/releasePlan';
import type { Database } from '../db/schema';
import type { SessionActor } from '../kernel/context';
import type { WriteScope } from '../kernel/writeScope';

/** A release as the hooks see it: who released (the person, or who started the sending) and when it went out. */
export interface Release {
  statementId: string;
  byAccountId: string;
  at: string;
}

/**
 * Where other domains join a statement's life without statements knowing them: each hook runs
 * inside the same write as the step, so what it changes stands or falls with it. One set per
 * core, filled when the core is assembled.
 */
export interface StatementHooks {
  /** After a statement written for a crisis joined it (distribution arms the crisis's release). */
  joinedCrisis: ((w: WriteScope<SessionActor>, statementId: string) => Promise<void>)[];
  /** Before a round starts; a hook may refuse the submission (crises: a superseded figure is quoted). */
  /** Before a round starts, with the text being submitted: a refusal stops the submission. */
  beforeSubmit: ((w: WriteScope<SessionActor>, statementId: string, content: StatementContent) => Promise<void>)[];
  /** After the final approval numbered the statement (distribution sends the release armed on it). */
  finallyApproved: ((w: WriteScope<SessionActor>, statementId: string) => Promise<void>)[];
  /** After the statement was released (hoaxes: its clarification clarifies the claim). */
  released: ((w: WriteScope, release: Release) => Promise<void>)[];
  /** What a reader of the statement sees armed on it (distribution's release plan; none without it). */
  releasePlanOf: (db: Kysely<Database>, statementId: string, now: Date) => Promise<ReleasePlan | null>;
}

export function createStatementHooks(): StatementHooks {
  return { joinedCrisis: [], beforeSubmit: [], finallyApproved: [], released: [], releasePlanOf: async () => null };
}
