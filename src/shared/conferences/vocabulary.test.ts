import { describe, expect, it } from 'vitest';
import { overlaps } from './vocabulary';

describe('overlaps', () => {
  it('compares instants, so events in different zones clash by real time', () => {
    // 10:00–11:00 WITA is 09:00–10:00 WIB: it clashes with 09:30–10:30 WIB, not with 10:00–11:00 WIB.
    const wita = { startsAt: '2026-12-01T02:00:00.000Z', endsAt: '2026-12-01T03:00:00.000Z' };
    expect(overlaps(wita, { startsAt: '2026-12-01T02:30:00.000Z', endsAt: '2026-12-01T03:30:00.000Z' })).toBe(true);
    expect(overlaps(wita, { startsAt: '2026-12-01T03:00:00.000Z', endsAt: '2026-12-01T04:00:00.000Z' })).toBe(false);
    expect(overlaps(wita, { startsAt: '2026-12-01T01:00:00.000Z', endsAt: '2026-12-01T02:00:00.000Z' })).toBe(false);
    expect(overlaps(wita, { startsAt: '2026-12-01T01:00:00.000Z', endsAt: '2026-12-01T05:00:00.000Z' })).toBe(true);
  });
});
