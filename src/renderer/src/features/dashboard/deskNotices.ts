import { clockState } from '../../../../shared/crises/goldenHour';
import type { CrisisBoard } from '../../../../shared/ipc/crises';
import type { SignalSummary } from '../../../../shared/ipc/feeds';
import type { HoaxSummary } from '../../../../shared/ipc/hoaxes';
import type { StatementSummary } from '../../../../shared/ipc/statements';

/** Something the desk must know now: translated by the caller (`dashboard.notice.<kind>`). */
export interface DeskNotice {
  /** Stable per occurrence: the same overdue promise or pending decision is announced once. */
  key: string;
  kind: 'updateOverdue' | 'promptMissed' | 'earlyWarning' | 'awaitingApproval' | 'hoaxReported';
  params: Record<string, string | number>;
  /** Links to what needs doing. */
  path: string;
}

/**
 * What should interrupt the desk: an open crisis whose promised update is overdue, a golden-hour
 * prompt passed with nothing released yet (only the latest one missed, not each), and every
 * statement waiting for my decision, and a claim newly reported about an open crisis (countering a
 * rumour is half of crisis communication), and an early warning ("Sinyal dini") from the feeds that
 * matched the office's rules, read in the last day, that nobody has acted on yet. Pure, so the
 * rules are tested without a clock or a window.
 */
/** An early warning older than this is history, not news: it stays on the monitoring page, not in the bell. */
export const earlyWarningHours = 24;

export function deskNotices(
  board: CrisisBoard | undefined,
  toDecide: StatementSummary[],
  now: string,
  reported: HoaxSummary[] = [],
  warnings: SignalSummary[] = [],
): DeskNotice[] {
  const notices: DeskNotice[] = [];
  for (const crisis of board?.crises ?? []) {
    const clock = clockState(
      { firstSignalAt: crisis.firstSignalAt, targets: crisis.goldenHourTargets, releases: crisis.releases },
      now,
    );
    if (clock.nextUpdate?.overdue) {
      notices.push({
        key: `overdue:${crisis.id}:${clock.nextUpdate.dueAt}`,
        kind: 'updateOverdue',
        params: { title: crisis.title, dueAt: clock.nextUpdate.dueAt },
        path: `/crises/${crisis.id}`,
      });
    }
    const missed = clock.firstStatement
      ? undefined
      : clock.prompts.filter((prompt) => prompt.state === 'missed').at(-1);
    if (missed) {
      notices.push({
        key: `prompt:${crisis.id}:${missed.minutes}`,
        kind: 'promptMissed',
        params: { title: crisis.title, minutes: missed.minutes },
        path: `/crises/${crisis.id}`,
      });
    }
  }
  const dayAgo = new Date(Date.parse(now) - earlyWarningHours * 60 * 60_000).toISOString();
  for (const signal of warnings) {
    const acted = signal.crisisId || signal.hoaxId || signal.dismissedAt || signal.pickup;
    if (!signal.match || acted || signal.fetchedAt < dayAgo) continue;
    notices.push({
      key: `signal:${signal.id}`,
      kind: 'earlyWarning',
      params: { title: signal.title, source: signal.feedName },
      path: '/monitoring',
    });
  }
  for (const statement of toDecide) {
    notices.push({
      key: `approval:${statement.id}:${statement.revisionNo}`,
      kind: 'awaitingApproval',
      params: { title: statement.title, statementId: statement.id },
      path: `/statements/${statement.id}`,
    });
  }
  const open = new Set((board?.crises ?? []).map((crisis) => crisis.id));
  for (const claim of reported) {
    if (claim.status !== 'reported' || !claim.crisis || !open.has(claim.crisis.id)) continue;
    notices.push({
      key: `hoax:${claim.id}`,
      kind: 'hoaxReported',
      params: {
        title: claim.crisis.title,
        claim: claim.claim.length > 140 ? `${claim.claim.slice(0, 139)}…` : claim.claim,
      },
      path: `/hoaxes/${claim.id}`,
    });
  }
  return notices;
}
