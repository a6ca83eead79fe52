/**
 * The golden-hour clock: from the first signal, minutes to the first released statement, with
 * prompts at the office's targets (15, 30, 60 minutes by default); then each released statement's
 * "next update at" promise, flagged when it passes with no newer release. Pure: the view calls
 * it every second with its own clock, the dashboard and notifications with theirs.
 */
export interface ClockFacts {
  firstSignalAt: string;
  /** Minutes after the first signal, ascending. */
  targets: readonly number[];
  /** Released statements of the crisis, any order. */
  releases: readonly { statementId: string; releasedAt: string; nextUpdateAt: string | null }[];
}

export type PromptState = 'met' | 'missed' | 'due' | 'upcoming';

export interface ClockState {
  /** Minutes since the first signal (whole minutes, rounded down). */
  elapsedMinutes: number;
  /** The first release, and how many minutes after the signal it came; null until then. */
  firstStatement: { at: string; minutes: number } | null;
  /**
   * Per target: met (first statement released by then), missed (released later, or not yet and
   * the target has passed), due (the next target to beat), upcoming (a later one).
   */
  prompts: { minutes: number; at: string; state: PromptState }[];
  /** The newest release's promise, if it made one: when, and whether it has passed unkept. */
  nextUpdate: { statementId: string; dueAt: string; overdue: boolean } | null;
}

const minutes = (from: string, to: string) => Math.floor((Date.parse(to) - Date.parse(from)) / 60_000);
const plusMinutes = (iso: string, count: number) => new Date(Date.parse(iso) + count * 60_000).toISOString();

export function clockState(facts: ClockFacts, now: string): ClockState {
  const releases = [...facts.releases].sort((a, b) => a.releasedAt.localeCompare(b.releasedAt));
  const first = releases[0];
  let dueAssigned = false;
  const prompts = facts.targets.map((target) => {
    const at = plusMinutes(facts.firstSignalAt, target);
    let state: PromptState;
    if (first) state = first.releasedAt <= at ? 'met' : 'missed';
    else if (now > at) state = 'missed';
    else if (!dueAssigned) {
      state = 'due';
      dueAssigned = true;
    } else state = 'upcoming';
    return { minutes: target, at, state };
  });
  const newest = releases.at(-1);
  return {
    elapsedMinutes: Math.max(0, minutes(facts.firstSignalAt, now)),
    firstStatement: first ? { at: first.releasedAt, minutes: minutes(facts.firstSignalAt, first.releasedAt) } : null,
    prompts,
    nextUpdate: newest?.nextUpdateAt
      ? { statementId: newest.statementId, dueAt: newest.nextUpdateAt, overdue: now > newest.nextUpdateAt }
      : null,
  };
}
