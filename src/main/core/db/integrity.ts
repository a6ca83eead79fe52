import type BetterSqlite3 from 'better-sqlite3';

export interface ForeignKeyViolation {
  table: string;
  rowid: number | null;
  parent: string;
}

export interface IntegrityReport {
  ok: boolean;
  /** Lines of `PRAGMA integrity_check`; exactly `['ok']` for a sound file. */
  integrity: string[];
  foreignKeyViolations: ForeignKeyViolation[];
}

/** Runs SQLite's own full checks. Slow on large files by nature: for verify and backups, not for every open. */
export function checkIntegrity(sqlite: BetterSqlite3.Database): IntegrityReport {
  const integrity = (sqlite.pragma('integrity_check') as { integrity_check: string }[]).map(
    (row) => row.integrity_check,
  );
  const foreignKeyViolations = (
    sqlite.pragma('foreign_key_check') as { table: string; rowid: number | null; parent: string }[]
  ).map((row) => ({ table: row.table, rowid: row.rowid, parent: row.parent }));
  return {
    ok: integrity.length === 1 && integrity[0] === 'ok' && foreignKeyViolations.length === 0,
    integrity,
    foreignKeyViolations,
  };
}
