import { isCrisisUpdate } from '../statements/workflow';
import { crisisPhases, type CrisisPhase } from './vocabulary';

/**
 * The post-crisis evaluation's figures, as pure functions of what happened (the facts are read
 * from the store elsewhere). Times are ISO instants; durations are whole minutes, rounded down,
 * because the report says "42 menit", not "42.7".
 */
export interface CrisisFacts {
  firstSignalAt: string;
  /** When the report is made: a promise whose time has not come yet is pending, not missed. */
  asOf: string;
  statements: {
    id: string;
    kind: string;
    releasedAt: string | null;
    /** The "next update at" this statement committed to when released, if any. */
    nextUpdateAt: string | null;
  }[];
  /** Every approval step decided on a statement of the crisis: requested (submitted) and decided. */
  approvals: { requestedAt: string; decidedAt: string }[];
  hoaxes: { registeredAt: string; clarifiedAt: string | null }[];
  /** Per e-mail distribution job: recipients, and how many were sent or failed in the end. */
  distributions: { recipients: number; sent: number; failed: number }[];
  conferences: { held: boolean; questions: number; answered: number }[];
  checklist: { phase: CrisisPhase; done: boolean }[];
  /** News stories that ran a released statement of the crisis: which statement, which outlet, when. */
  pickup: { statementId: string; outlet: string; at: string }[];
}

export interface CrisisMetrics {
  /** From the first signal to the first released statement; null when nothing was released. */
  minutesToFirstStatement: number | null;
  updates: { promised: number; onTime: number; late: number; missed: number; pending: number };
  approvalMinutes: { count: number; median: number | null; max: number | null };
  /** Released statements by kind, largest first (ties by kind). */
  releasedByKind: { kind: string; count: number }[];
  hoaxes: { registered: number; clarified: number; medianMinutesToClarify: number | null };
  distribution: { jobs: number; recipients: number; sent: number; failed: number; deliveryRate: number | null };
  conferences: { held: number; questions: number; answered: number };
  checklist: { done: number; total: number; byPhase: { phase: CrisisPhase; done: number; total: number }[] };
  /**
   * Coverage: stories that ran our statements, from how many outlets; the outlets that ran the
   * first statement (in the order they ran it) and how long after its release the first did.
   */
  pickup: { stories: number; outlets: number; firstStatementOutlets: string[]; minutesToFirstPickup: number | null };
}

const minutesBetween = (from: string, to: string) => Math.floor((Date.parse(to) - Date.parse(from)) / 60_000);

/** The middle value (the mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Each promise ("next update at T", made by a released statement) is kept on time when another
 * statement of the crisis was released after the promising one and no later than T; late when the
 * next release came after T; missed when none came and T has passed; pending when T is still ahead.
 * Hoax clarifications and talking points are not updates: they neither promise nor keep (`isCrisisUpdate`).
 */
export function updatePromises(facts: Pick<CrisisFacts, 'statements' | 'asOf'>): CrisisMetrics['updates'] {
  const released = facts.statements
    .filter(
      (statement): statement is typeof statement & { releasedAt: string } =>
        statement.releasedAt !== null && isCrisisUpdate(statement.kind),
    )
    .sort((a, b) => a.releasedAt.localeCompare(b.releasedAt));
  const result = { promised: 0, onTime: 0, late: 0, missed: 0, pending: 0 };
  for (const [index, statement] of released.entries()) {
    if (!statement.nextUpdateAt) continue;
    result.promised++;
    const next = released.slice(index + 1).find((later) => later.releasedAt > statement.releasedAt);
    if (next) {
      if (next.releasedAt <= statement.nextUpdateAt) result.onTime++;
      else result.late++;
    } else if (statement.nextUpdateAt < facts.asOf) result.missed++;
    else result.pending++;
  }
  return result;
}

export function crisisMetrics(facts: CrisisFacts): CrisisMetrics {
  const releases = facts.statements.flatMap((statement) =>
    statement.releasedAt && isCrisisUpdate(statement.kind) ? [statement.releasedAt] : [],
  );
  const first = releases.sort()[0];
  const firstStatement = facts.statements.find(
    (statement) => statement.releasedAt === first && isCrisisUpdate(statement.kind),
  );
  const firstPickup = facts.pickup
    .filter((story) => story.statementId === firstStatement?.id)
    .sort((a, b) => a.at.localeCompare(b.at));
  const approvalMinutes = facts.approvals.map((step) => minutesBetween(step.requestedAt, step.decidedAt));
  const byKind = new Map<string, number>();
  for (const statement of facts.statements) {
    if (statement.releasedAt) byKind.set(statement.kind, (byKind.get(statement.kind) ?? 0) + 1);
  }
  const clarified = facts.hoaxes.filter(
    (hoax): hoax is typeof hoax & { clarifiedAt: string } => hoax.clarifiedAt !== null,
  );
  const sent = facts.distributions.reduce((sum, job) => sum + job.sent, 0);
  const failed = facts.distributions.reduce((sum, job) => sum + job.failed, 0);
  const phases = crisisPhases.filter((phase) => facts.checklist.some((item) => item.phase === phase));
  return {
    minutesToFirstStatement: first ? minutesBetween(facts.firstSignalAt, first) : null,
    updates: updatePromises(facts),
    approvalMinutes: {
      count: approvalMinutes.length,
      median: median(approvalMinutes),
      max: approvalMinutes.length ? Math.max(...approvalMinutes) : null,
    },
    releasedByKind: [...byKind]
      .map(([kind, count]) => ({ kind, count }))
      .sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind)),
    hoaxes: {
      registered: facts.hoaxes.length,
      clarified: clarified.length,
      medianMinutesToClarify: median(clarified.map((hoax) => minutesBetween(hoax.registeredAt, hoax.clarifiedAt))),
    },
    distribution: {
      jobs: facts.distributions.length,
      recipients: facts.distributions.reduce((sum, job) => sum + job.recipients, 0),
      sent,
      failed,
      // Of the messages whose fate is known: a cancelled or still-waiting recipient is neither.
      deliveryRate: sent + failed > 0 ? sent / (sent + failed) : null,
    },
    conferences: {
      held: facts.conferences.filter((conference) => conference.held).length,
      questions: facts.conferences.reduce((sum, conference) => sum + conference.questions, 0),
      answered: facts.conferences.reduce((sum, conference) => sum + conference.answered, 0),
    },
    checklist: {
      done: facts.checklist.filter((item) => item.done).length,
      total: facts.checklist.length,
      byPhase: phases.map((phase) => {
        const items = facts.checklist.filter((item) => item.phase === phase);
        return { phase, done: items.filter((item) => item.done).length, total: items.length };
      }),
    },
    pickup: {
      stories: facts.pickup.length,
      outlets: new Set(facts.pickup.map((story) => story.outlet)).size,
      firstStatementOutlets: [...new Set(firstPickup.map((story) => story.outlet))],
      // A story stamped a moment before the release (clocks differ) counts as at once.
      minutesToFirstPickup: first && firstPickup[0] ? Math.max(0, minutesBetween(first, firstPickup[0].at)) : null,
    },
  };
}
