import type { OfficeTimeZone } from '../ipc/office';
import { instantToWallTime } from '../time/zonedInstant';

/**
 * Which backups to keep: the newest of each of the last 7 days, 4 ISO weeks and 12 months that
 * have a backup (days, weeks and months as the office's clock reads them, WIB/WITA/WIT), and
 * always the newest of all. A backup any rule keeps stays; the rest may be deleted. Pure, so the
 * rotation is tested over years of dates without a file system.
 */
export const retentionPolicy = { daily: 7, weekly: 4, monthly: 12 } as const;

export interface DatedBackup {
  /** The instant the backup was taken (ISO). */
  takenAt: string;
}

/** "2026-W48": the ISO 8601 week of a calendar date (weeks start on Monday; week 1 holds 4 January). */
export function isoWeek(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const utc = new Date(Date.UTC(year, month - 1, day));
  const weekday = utc.getUTCDay() || 7;
  // The Thursday of this week decides the week's year.
  utc.setUTCDate(utc.getUTCDate() + 4 - weekday);
  const weekYear = utc.getUTCFullYear();
  const week = Math.ceil(((utc.getTime() - Date.UTC(weekYear, 0, 1)) / 86_400_000 + 1) / 7);
  return `${weekYear}-W${String(week).padStart(2, '0')}`;
}

export function backupsToKeep<T extends DatedBackup>(
  backups: readonly T[],
  zone: OfficeTimeZone,
  policy: { daily: number; weekly: number; monthly: number } = retentionPolicy,
): Set<T> {
  const newestFirst = [...backups].sort((a, b) => b.takenAt.localeCompare(a.takenAt));
  const keep = new Set<T>(newestFirst.slice(0, 1));
  const rules: [count: number, period: (date: string) => string][] = [
    [policy.daily, (date) => date],
    [policy.weekly, isoWeek],
    [policy.monthly, (date) => date.slice(0, 7)],
  ];
  for (const [count, period] of rules) {
    const seen = new Set<string>();
    for (const backup of newestFirst) {
      if (seen.size >= count) break;
      const key = period(instantToWallTime(backup.takenAt, zone).slice(0, 10));
      if (seen.has(key)) continue;
      seen.add(key);
      keep.add(backup);
    }
  }
  return keep;
}
