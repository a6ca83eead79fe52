import { describe, expect, it } from 'vitest';
import { formatBytes, isOverdue, shortHash } from './backupLabels';

describe('backup labels', () => {
  it('reads sizes in each language', () => {
    expect(formatBytes(512, 'id')).toBe('512 B');
    expect(formatBytes(12.4 * 1024 * 1024, 'id')).toBe('12,4 MB');
    expect(formatBytes(12.4 * 1024 * 1024, 'en')).toBe('12.4 MB');
    expect(formatBytes(300 * 1024 * 1024 * 1024, 'en')).toBe('300 GB');
  });

  it('shortens a hash to its ends', () => {
    expect(shortHash('a'.repeat(8) + 'b'.repeat(48) + 'c'.repeat(8))).toBe('aaaaaaaa…cccccccc');
    expect(shortHash('abc')).toBe('abc');
  });

  it('calls the daily backup overdue two hours after it was due, never when there is none yet', () => {
    const status = (nextDueAt: string, count = 1) => ({
      folder: '/cadangan',
      folderChosen: true,
      nextDueAt,
      store: 'embedded' as const,
      backups: Array.from({ length: count }, () => ({
        file: 'siaga-20261128T030000Z.sqlite',
        takenAt: '2026-11-28T03:00:00.000Z',
        bytes: 1,
        sha256: 'a',
        schemaVersion: 14,
        appVersion: '0.1.0',
        rows: 1,
        statements: 0,
        contacts: 0,
        auditHead: null,
        timeZone: 'Asia/Jakarta',
        series: 'automatic' as const,
      })),
    });
    const now = Date.parse('2026-11-29T06:00:00.000Z');
    expect(isOverdue(status('2026-11-29T03:00:00.000Z'), now)).toBe(true);
    expect(isOverdue(status('2026-11-29T04:30:00.000Z'), now)).toBe(false);
    expect(isOverdue(status('2026-11-29T03:00:00.000Z', 0), now)).toBe(false);
  });
});
