import { describe, expect, it } from 'vitest';
import { formatWallText, parseDayText, parseTimeText, parseWallText } from './typedWhen';

describe('typed dates and times, day first and 24-hour', () => {
  it('writes a wall time the way the desk reads it, in either language', () => {
    expect(formatWallText('2026-12-04T10:00', 'id')).toBe('04/12/2026 10.00');
    expect(formatWallText('2026-12-04T22:05', 'en')).toBe('04/12/2026 22:05');
  });

  it('reads what people type, and refuses what is not a real day or time', () => {
    expect(parseWallText('4/12/2026 9.05')).toBe('2026-12-04T09:05');
    expect(parseWallText('04.12.2026 21:30')).toBe('2026-12-04T21:30');
    expect(parseWallText('2026-12-04T10:00')).toBe('2026-12-04T10:00');
    expect(parseWallText('31/02/2026 10.00')).toBeNull();
    expect(parseWallText('04/12/2026 24.00')).toBeNull();
    expect(parseWallText('12/04/2026, 10:00 AM')).toBeNull();
    expect(parseDayText('4-12-2026')).toBe('2026-12-04');
    expect(parseDayText('2026-13-01')).toBeNull();
    expect(parseTimeText('0905')).toBe('09:05');
  });
});
