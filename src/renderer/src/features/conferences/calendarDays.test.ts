import { describe, expect, it } from 'vitest';
import { addMonths, clock, dayIn, isoWeekday, monthGrid, rangeOf, weekOf } from './calendarDays';

describe('calendar days', () => {
  it('lays out December 2026 from Monday 30 November, six full weeks', () => {
    const grid = monthGrid('2026-12-17');
    expect(grid).toHaveLength(42);
    expect(grid[0]).toBe('2026-11-30');
    expect(isoWeekday(grid[0]!)).toBe(1);
    expect(grid).toContain('2026-12-31');
    expect(grid[41]).toBe('2027-01-10');
  });

  it('moves by months across the year end and finds the week of a Sunday', () => {
    expect(addMonths('2026-12-31', 1)).toBe('2027-01-01');
    expect(addMonths('2026-01-31', -1)).toBe('2025-12-01');
    expect(weekOf('2026-12-06')).toEqual([
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
      '2026-12-06',
    ]);
  });

  it('reads days and times in a zone: 23.30 WIB is already the next day in WIT', () => {
    const late = '2026-12-01T16:30:00.000Z';
    expect(dayIn(late, 'Asia/Jakarta')).toBe('2026-12-01');
    expect(dayIn(late, 'Asia/Jayapura')).toBe('2026-12-02');
    expect(clock(late, 'Asia/Jakarta', 'id')).toBe('23.30 WIB');
    expect(clock(late, 'Asia/Jayapura', 'en')).toBe('01:30 WIT');
    expect(rangeOf(weekOf('2026-12-02'), 'Asia/Makassar')).toEqual({
      from: '2026-11-29T16:00:00.000Z',
      to: '2026-12-06T16:00:00.000Z',
    });
  });
});
