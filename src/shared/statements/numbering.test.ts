import { describe, expect, it } from 'vitest';
import { formatStatementNumber, numberingScope } from './numbering';

describe('statement numbers', () => {
  it('fills the pattern with the month and year of the office zone', () => {
    const at = new Date('2026-11-28T02:00:00Z');
    expect(formatStatementNumber('{seq}/SP/HUMAS/{month_roman}/{year}', 7, at, 'Asia/Jakarta')).toBe(
      '007/SP/HUMAS/XI/2026',
    );
    expect(formatStatementNumber('B-{seq}/{month}/{year}', 1234, at, 'Asia/Jakarta')).toBe('B-1234/11/2026');
  });

  it('a new year begins at local midnight: 31 December 17.30 UTC is already January in WIT', () => {
    const at = new Date('2026-12-31T17:30:00Z');
    expect(numberingScope('yearly', at, 'Asia/Jakarta')).toBe('2027');
    expect(numberingScope('yearly', new Date('2026-12-31T16:30:00Z'), 'Asia/Jakarta')).toBe('2026');
    expect(numberingScope('yearly', new Date('2026-12-31T15:30:00Z'), 'Asia/Jayapura')).toBe('2027');
    expect(formatStatementNumber('{seq}/{month_roman}/{year}', 1, at, 'Asia/Makassar')).toBe('001/I/2027');
    expect(numberingScope('never', at, 'Asia/Jakarta')).toBe('all');
  });
});
