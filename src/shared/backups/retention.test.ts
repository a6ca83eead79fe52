import { describe, expect, it } from 'vitest';
import { backupsToKeep, isoWeek } from './retention';

/** One backup a day at 23.30 WIB (16.30 UTC) for `days` days ending on 28 November 2026. */
function daily(days: number) {
  return Array.from({ length: days }, (_, index) => ({
    takenAt: new Date(Date.UTC(2026, 10, 28, 16, 30) - index * 86_400_000).toISOString(),
  }));
}

const wibDates = (backups: Iterable<{ takenAt: string }>) =>
  [...backups]
    .map((backup) => new Date(Date.parse(backup.takenAt) + 7 * 3_600_000).toISOString().slice(0, 10))
    .sort()
    .reverse();

describe('backup rotation', () => {
  it('numbers ISO weeks, including the ones that cross a year', () => {
    expect(isoWeek('2026-11-28')).toBe('2026-W48');
    expect(isoWeek('2026-01-01')).toBe('2026-W01');
    expect(isoWeek('2027-01-01')).toBe('2026-W53');
    expect(isoWeek('2024-12-30')).toBe('2025-W01');
  });

  it('keeps 7 daily, 4 weekly and 12 monthly backups out of a year and a half of daily ones', () => {
    const kept = backupsToKeep(daily(540), 'Asia/Jakarta');
    expect(wibDates(kept)).toEqual([
      // The last seven days.
      '2026-11-28', '2026-11-27', '2026-11-26', '2026-11-25', '2026-11-24', '2026-11-23', '2026-11-22',
      // The newest of each earlier ISO week (W47 is the 22nd, already kept; W46 and W45).
      '2026-11-15', '2026-11-08',
      // The newest of each earlier month, back to December 2025 (12 months with November).
      '2026-10-31', '2026-09-30', '2026-08-31', '2026-07-31', '2026-06-30', '2026-05-31', '2026-04-30',
      '2026-03-31', '2026-02-28', '2026-01-31', '2025-12-31',
    ]); // prettier-ignore
  });

  it('reads days in the office zone: 22.30 WIB is already the next day in WIT', () => {
    const lateEvening = [
      { takenAt: '2026-11-27T14:30:00.000Z' }, // 21.30 WIB, 23.30 WIT on the 27th
      { takenAt: '2026-11-27T15:30:00.000Z' }, // 22.30 WIB on the 27th, 00.30 WIT on the 28th
    ];
    const dailyOnly = { daily: 7, weekly: 0, monthly: 0 };
    expect(backupsToKeep(lateEvening, 'Asia/Jakarta', dailyOnly).size).toBe(1);
    expect(backupsToKeep(lateEvening, 'Asia/Jayapura', dailyOnly).size).toBe(2);
  });

  it('always keeps the newest, and nothing of an empty folder', () => {
    expect(backupsToKeep([], 'Asia/Jakarta').size).toBe(0);
    const only = daily(1);
    expect(backupsToKeep(only, 'Asia/Makassar', { daily: 0, weekly: 0, monthly: 0 })).toEqual(new Set(only));
  });
});
