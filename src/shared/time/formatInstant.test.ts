import { describe, expect, it } from 'vitest';
import { formatInstant } from './formatInstant';

describe('formatInstant', () => {
  const instant = '2026-11-28T02:00:00.000Z';

  it('writes the office zone with its Indonesian name', () => {
    expect(formatInstant(instant, 'Asia/Jakarta', 'id')).toBe('28 November 2026, 09.00 WIB');
    expect(formatInstant(instant, 'Asia/Makassar', 'id')).toBe('28 November 2026, 10.00 WITA');
    expect(formatInstant(instant, 'Asia/Jayapura', 'id')).toBe('28 November 2026, 11.00 WIT');
  });

  it('uses a colon in English and crosses midnight correctly', () => {
    expect(formatInstant(instant, 'Asia/Jakarta', 'en')).toBe('28 November 2026, 09:00 WIB');
    expect(formatInstant('2026-11-28T16:30:00.000Z', 'Asia/Jayapura', 'id')).toBe('29 November 2026, 01.30 WIT');
    expect(formatInstant('2026-01-01T00:00:05.000Z', 'Asia/Jakarta', 'id', { seconds: true })).toBe(
      '1 Januari 2026, 07.00.05 WIB',
    );
  });
});
