import { describe, expect, it } from 'vitest';
import { crisisMetrics, median, updatePromises, type CrisisFacts } from './reportMetrics';

/**
 * A flood in a regency, as it happened (UTC): first signal 13:10 on 2 November (20.10 WIB).
 * Every expected value below is worked out by hand in the comment beside it.
 */
const flood: CrisisFacts = {
  firstSignalAt: '2026-11-02T13:10:00.000Z',
  asOf: '2026-11-04T00:00:00.000Z',
  statements: [
    // Holding statement 42 minutes after the signal; promises the next update by 19:52.
    {
      id: 's1',
      kind: 'holding_statement',
      releasedAt: '2026-11-02T13:52:00.000Z',
      nextUpdateAt: '2026-11-02T19:52:00.000Z',
    },
    // 19:40 ≤ 19:52: s1's promise kept. Promises 01:40.
    { id: 's2', kind: 'update', releasedAt: '2026-11-02T19:40:00.000Z', nextUpdateAt: '2026-11-03T01:40:00.000Z' },
    // 02:10 > 01:40: s2's promise late. Promises 08:10.
    { id: 's3', kind: 'update', releasedAt: '2026-11-03T02:10:00.000Z', nextUpdateAt: '2026-11-03T08:10:00.000Z' },
    // A hoax clarification is not an update: it neither keeps s3's promise nor makes one.
    { id: 's4', kind: 'hoax_clarification', releasedAt: '2026-11-03T05:00:00.000Z', nextUpdateAt: null },
    // 09:00 > 08:10: s3's promise late. Promises 15:00; nothing came after, and 15:00 is before asOf: missed.
    { id: 's5', kind: 'update', releasedAt: '2026-11-03T09:00:00.000Z', nextUpdateAt: '2026-11-03T15:00:00.000Z' },
    // A draft never released counts nowhere.
    { id: 's6', kind: 'update', releasedAt: null, nextUpdateAt: null },
  ],
  approvals: [
    { requestedAt: '2026-11-02T13:30:00.000Z', decidedAt: '2026-11-02T13:45:40.000Z' }, // 15 (15.67 rounded down)
    { requestedAt: '2026-11-02T19:00:00.000Z', decidedAt: '2026-11-02T19:35:00.000Z' }, // 35
    { requestedAt: '2026-11-03T01:50:00.000Z', decidedAt: '2026-11-03T02:05:00.000Z' }, // 15
    { requestedAt: '2026-11-03T04:30:00.000Z', decidedAt: '2026-11-03T04:50:00.000Z' }, // 20
    { requestedAt: '2026-11-03T08:00:00.000Z', decidedAt: '2026-11-03T08:55:00.000Z' }, // 55
  ],
  hoaxes: [
    { registeredAt: '2026-11-02T22:00:00.000Z', clarifiedAt: '2026-11-03T05:00:00.000Z' }, // 420
    { registeredAt: '2026-11-03T03:00:00.000Z', clarifiedAt: '2026-11-03T04:30:00.000Z' }, // 90
    { registeredAt: '2026-11-03T07:00:00.000Z', clarifiedAt: null },
  ],
  distributions: [
    { recipients: 50, sent: 48, failed: 2 },
    { recipients: 50, sent: 50, failed: 0 },
    // Three were cancelled: neither sent nor failed.
    { recipients: 10, sent: 6, failed: 1 },
  ],
  conferences: [
    { held: true, questions: 6, answered: 5 },
    { held: false, questions: 0, answered: 0 },
  ],
  checklist: [
    { phase: 'ongoing', done: true },
    { phase: 'pre', done: true },
    { phase: 'pre', done: true },
    { phase: 'pre', done: false },
    { phase: 'initial', done: true },
    { phase: 'initial', done: true },
    { phase: 'ongoing', done: false },
    { phase: 'ongoing', done: false },
    { phase: 'post', done: false },
    { phase: 'post', done: false },
    { phase: 'post', done: false },
  ],
  pickup: [
    // s1 (released 13:52) ran by Kompas at 14:05 (13 minutes after), then Antara and Kompas again.
    { statementId: 's1', outlet: 'Kompas', at: '2026-11-02T14:05:00.000Z' },
    { statementId: 's1', outlet: 'Antara', at: '2026-11-02T14:30:00.000Z' },
    { statementId: 's1', outlet: 'Kompas', at: '2026-11-02T16:00:00.000Z' },
    // An update run by a third outlet: counts in the stories and outlets, not for the first statement.
    { statementId: 's2', outlet: 'Detik', at: '2026-11-02T20:00:00.000Z' },
  ],
};

describe('post-crisis report metrics', () => {
  it('computes the flood’s figures as worked out by hand', () => {
    expect(crisisMetrics(flood)).toEqual({
      minutesToFirstStatement: 42,
      updates: { promised: 4, onTime: 1, late: 2, missed: 1, pending: 0 },
      // Sorted 15, 15, 20, 35, 55.
      approvalMinutes: { count: 5, median: 20, max: 55 },
      // Ties by kind name: "hoax…" before "holding…".
      releasedByKind: [
        { kind: 'update', count: 3 },
        { kind: 'hoax_clarification', count: 1 },
        { kind: 'holding_statement', count: 1 },
      ],
      // (90 + 420) / 2.
      hoaxes: { registered: 3, clarified: 2, medianMinutesToClarify: 255 },
      distribution: { jobs: 3, recipients: 110, sent: 104, failed: 3, deliveryRate: 104 / 107 },
      conferences: { held: 1, questions: 6, answered: 5 },
      checklist: {
        done: 5,
        total: 11,
        byPhase: [
          { phase: 'pre', done: 2, total: 3 },
          { phase: 'initial', done: 2, total: 2 },
          { phase: 'ongoing', done: 1, total: 3 },
          { phase: 'post', done: 0, total: 3 },
        ],
      },
      pickup: { stories: 4, outlets: 3, firstStatementOutlets: ['Kompas', 'Antara'], minutesToFirstPickup: 13 },
    });
  });

  it('counts a promise whose time has not come as pending, not missed', () => {
    expect(updatePromises({ ...flood, asOf: '2026-11-03T10:00:00.000Z' })).toEqual({
      promised: 4,
      onTime: 1,
      late: 2,
      missed: 0,
      pending: 1,
    });
  });

  it('starts the clock at the first crisis update, not at a hoax clarification released before it', () => {
    const early = { id: 'h', kind: 'hoax_clarification', releasedAt: '2026-11-02T13:40:00.000Z', nextUpdateAt: null };
    expect(crisisMetrics({ ...flood, statements: [early, ...flood.statements] }).minutesToFirstStatement).toBe(42);
  });

  it('says "none" rather than zero when nothing happened', () => {
    const quiet = crisisMetrics({
      firstSignalAt: flood.firstSignalAt,
      asOf: flood.asOf,
      statements: [{ id: 'd', kind: 'holding_statement', releasedAt: null, nextUpdateAt: null }],
      approvals: [],
      hoaxes: [{ registeredAt: flood.firstSignalAt, clarifiedAt: null }],
      distributions: [{ recipients: 5, sent: 0, failed: 0 }],
      conferences: [],
      checklist: [],
      pickup: [],
    });
    expect(quiet).toMatchObject({
      minutesToFirstStatement: null,
      updates: { promised: 0, onTime: 0, late: 0, missed: 0, pending: 0 },
      approvalMinutes: { count: 0, median: null, max: null },
      releasedByKind: [],
      hoaxes: { registered: 1, clarified: 0, medianMinutesToClarify: null },
      distribution: { deliveryRate: null },
      checklist: { done: 0, total: 0, byPhase: [] },
      pickup: { stories: 0, outlets: 0, firstStatementOutlets: [], minutesToFirstPickup: null },
    });
  });

  it('takes the median of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});
