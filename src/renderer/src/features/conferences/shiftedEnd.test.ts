import { describe, expect, it } from 'vitest';
import { shiftedEnd } from './shiftedEnd';

describe('moving a conference', () => {
  it('moves the end with the start, keeping the length, across midnight and month ends', () => {
    expect(shiftedEnd('2026-12-04T10:00', '2026-12-04T11:30', '2026-12-05T10:00')).toBe('2026-12-05T11:30');
    expect(shiftedEnd('2026-11-30T23:00', '2026-12-01T00:30', '2026-12-31T23:00')).toBe('2027-01-01T00:30');
    expect(shiftedEnd('2026-12-04T10:00', '2026-12-04T11:30', '2026-12-04T09:15')).toBe('2026-12-04T10:45');
  });

  it('leaves the end alone while the start is being typed or the end is empty', () => {
    expect(shiftedEnd('', '2026-12-04T11:30', '2026-12-05T10:00')).toBe('2026-12-04T11:30');
    expect(shiftedEnd('2026-12-04T10:00', '', '2026-12-05T10:00')).toBe('');
  });
});
