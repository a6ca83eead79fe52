import type { ImportRowReport } from '../../../../shared/ipc/contactImport';
import { toSafeCsv } from '../../csv/safeCsv';

/**
 * The downloadable import report: one line per row of the file, with what happened and why. The
 * codes are stable (the same as the screen translates), so the report reads the same in either
 * language and can be filtered in a spreadsheet; values are as the file had them.
 */
export function importReportCsv(rows: ImportRowReport[]): string {
  return toSafeCsv([
    ['line', 'name', 'outcome', 'problems', 'duplicate_of', 'duplicate_reason'],
    ...rows.map((row) => [
      String(row.line),
      row.name,
      row.outcome,
      row.problems.map((problem) => (problem.value ? `${problem.code}: ${problem.value}` : problem.code)).join('; '),
      row.duplicate?.name ?? '',
      row.duplicate?.reason ?? '',
    ]),
  ]);
}
