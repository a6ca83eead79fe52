import { describe, expect, it } from 'vitest';
import { dayBounds, instantToWallTime, wallTimeToInstant } from './zonedInstant';

describe('wall times in Indonesian zones', () => {
  it('converts both ways, whatever zone the machine is in', () => {
    expect(wallTimeToInstant('2026-11-28T09:00', 'Asia/Jakarta')).toBe('2026-11-28T02:00:00.000Z');
    expect(wallTimeToInstant('2026-11-28T09:00', 'Asia/Makassar')).toBe('2026-11-28T01:00:00.000Z');
    expect(wallTimeToInstant('2026-01-01T08:30', 'Asia/Jayapura')).toBe('2025-12-31T23:30:00.000Z');
    expect(instantToWallTime('2025-12-31T23:30:00.000Z', 'Asia/Jayapura')).toBe('2026-01-01T08:30');
    expect(wallTimeToInstant('28/11/2026 09:00', 'Asia/Jakarta')).toBeNull();
    expect(wallTimeToInstant('2026-13-40T09:00', 'Asia/Jakarta')).toBeNull();
  });

  it('gives a day in the office zone as its first and last instant', () => {
    expect(dayBounds('2026-11-28', 'Asia/Jakarta')).toEqual({
      start: '2026-11-27T17:00:00.000Z',
      end: '2026-11-28T16:59:59.999Z',
    });
    expect(dayBounds('2026-11-28', 'Asia/Jayapura')?.start).toBe('2026-11-27T15:00:00.000Z');
    expect(dayBounds('28-11-2026', 'Asia/Jakarta')).toBeNull();
  });
});
