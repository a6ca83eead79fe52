import { appendFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportRowReport } from '../../../../shared/ipc/contactImport';
import { ownerOnlyFolder } from '../../db/ownerOnly';

/** Rows an answer shows (every one not simply created, or with a warning); the file has all. */
const notableLimit = 2000;
/** Lines written to the file at a time. */
const flushEvery = 1000;

export interface ReportTotals {
  rows: number;
  created: number;
  merged: number;
  skipped: number;
  failed: number;
}

/**
 * An import's row report, written to a file as the rows are checked rather than kept: a
 * 100,000-row file's report is tens of megabytes of objects, which the desk would otherwise hold
 * until the wizard is closed. The file (one JSON line a row) lives in the data folder's `imports`
 * folder, owner-only like the store — it names people — and goes with its import (`remove`), or,
 * left by a crash, when the desk next starts (`clearReports`). The answer keeps only the totals
 * and the first rows worth a look.
 */
export function createRowReport(folder: string, importId: string) {
  ownerOnlyFolder(folder);
  const file = join(folder, `${importId}.jsonl`);
  writeFileSync(file, '', { mode: 0o600 });
  const totals: ReportTotals = { rows: 0, created: 0, merged: 0, skipped: 0, failed: 0 };
  const notable: ImportRowReport[] = [];
  let notableCount = 0;
  let pending: string[] = [];
  const flush = () => {
    if (pending.length === 0) return;
    appendFileSync(file, pending.join(''));
    pending = [];
  };
  return {
    add(row: ImportRowReport): void {
      totals.rows += 1;
      totals[row.outcome] += 1;
      if (row.outcome !== 'created' || row.duplicate || row.problems.length > 0) {
        notableCount += 1;
        if (notable.length < notableLimit) notable.push(row);
      }
      pending.push(`${JSON.stringify(row)}\n`);
      if (pending.length >= flushEvery) flush();
    },
    /** Writes what is still pending; the report is then complete on disk. */
    finish(): { totals: ReportTotals; rows: ImportRowReport[]; rowsOmitted: number } {
      flush();
      return { totals: { ...totals }, rows: notable, rowsOmitted: notableCount - notable.length };
    },
    file,
  };
}

export type RowReport = ReturnType<typeof createRowReport>;

/** Every row of a finished report, read back for the downloadable CSV. */
export function readRowReport(file: string): ImportRowReport[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as ImportRowReport);
}

export function removeRowReport(file: string): void {
  rmSync(file, { force: true });
}

/** Reports left by imports of an earlier run (a crash, a closed window): nobody can ask for them now. */
export function clearReports(folder: string): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) if (name.endsWith('.jsonl')) rmSync(join(folder, name), { force: true });
}
