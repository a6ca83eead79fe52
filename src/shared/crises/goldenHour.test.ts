import { describe, expect, it } from 'vitest';
import { clockState, type ClockFacts } from './goldenHour';

const signal = '2026-11-28T02:40:00.000Z';
const facts = (releases: ClockFacts['releases']): ClockFacts => ({
  firstSignalAt: signal,
  targets: [15, 30, 60],
  releases,
});

describe('the golden-hour clock', () => {
  it('before any statement: past targets missed, the next one due, later ones upcoming', () => {
    // 20 minutes after the signal.
    const state = clockState(facts([]), '2026-11-28T03:00:30.000Z');
    expect(state.elapsedMinutes).toBe(20);
    expect(state.firstStatement).toBeNull();
    expect(state.prompts).toEqual([
      { minutes: 15, at: '2026-11-28T02:55:00.000Z', state: 'missed' },
      { minutes: 30, at: '2026-11-28T03:10:00.000Z', state: 'due' },
      { minutes: 60, at: '2026-11-28T03:40:00.000Z', state: 'upcoming' },
    ]);
    expect(state.nextUpdate).toBeNull();
  });

  it('a holding statement at 22 minutes meets 30 and 60, misses 15; its promise is watched', () => {
    const released = facts([
      { statementId: 's1', releasedAt: '2026-11-28T03:02:00.000Z', nextUpdateAt: '2026-11-28T05:00:00.000Z' },
    ]);
    const state = clockState(released, '2026-11-28T04:00:00.000Z');
    expect(state.firstStatement).toEqual({ at: '2026-11-28T03:02:00.000Z', minutes: 22 });
    expect(state.prompts.map((prompt) => prompt.state)).toEqual(['missed', 'met', 'met']);
    expect(state.nextUpdate).toEqual({ statementId: 's1', dueAt: '2026-11-28T05:00:00.000Z', overdue: false });
    // 05:01 with no newer release: overdue.
    expect(clockState(released, '2026-11-28T05:01:00.000Z').nextUpdate?.overdue).toBe(true);
  });

  it('the newest release carries the promise; one without a promise clears it', () => {
    const kept = facts([
      { statementId: 's2', releasedAt: '2026-11-28T04:50:00.000Z', nextUpdateAt: '2026-11-28T10:50:00.000Z' },
      { statementId: 's1', releasedAt: '2026-11-28T03:02:00.000Z', nextUpdateAt: '2026-11-28T05:00:00.000Z' },
    ]);
    expect(clockState(kept, '2026-11-28T06:00:00.000Z').nextUpdate).toEqual({
      statementId: 's2',
      dueAt: '2026-11-28T10:50:00.000Z',
      overdue: false,
    });
    const closing = facts([
      ...kept.releases,
      { statementId: 's3', releasedAt: '2026-11-28T09:00:00.000Z', nextUpdateAt: null },
    ]);
    expect(clockState(closing, '2026-11-28T12:00:00.000Z').nextUpdate).toBeNull();
  });
});
