import type { BackupStatus } from '../../../../shared/ipc/backups';

/** "12,4 MB" / "12.4 MB": a file size a person reads at a glance, in the interface language. */
export function formatBytes(bytes: number, language: string): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value)} ${units[unit]}`;
}

/** The first and last characters of a hash: enough to compare with a printed report. */
export function shortHash(hash: string): string {
  return hash.length > 16 ? `${hash.slice(0, 8)}…${hash.slice(-8)}` : hash;
}

/** The daily backup is more than two hours late: the automatic one failed (disk full, folder gone). */
export function isOverdue(status: BackupStatus, now = Date.now()): boolean {
  return status.backups.length > 0 && Date.parse(status.nextDueAt) < now - 2 * 60 * 60 * 1000;
}
