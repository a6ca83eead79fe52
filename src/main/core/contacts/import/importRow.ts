import type { DelimitedTable } from './delimitedTable';
import { restoreCell } from '../../csv/safeCsv';
import type { ColumnMapping, ImportField } from './headerMapping';

/**
 * One record to import, whatever file it came from: the values found for each field (several for
 * e-mails, phones, beats, ...) and where it was in the file, for the report.
 */
export interface ImportRow {
  /** 1-based line in the file where the record ends (CSV) or starts (vCard). */
  line: number;
  fields: Partial<Record<ImportField, string[]>>;
  /** Problems found while reading (a ragged row, an undecodable value), reported with the row. */
  warnings: string[];
}

export function addValue(row: ImportRow, field: ImportField, value: string): void {
  const trimmed = value.trim();
  if (!trimmed) return;
  (row.fields[field] ??= []).push(trimmed);
}

/**
 * The rows of a table through a column mapping; cells of unmapped columns are ignored. In CSV a
 * leading apostrophe is how a writer keeps a cell text (`restoreApostrophes`); an XLSX cell is
 * typed and means what it says.
 */
export function rowsFromTable(
  table: Omit<DelimitedTable, 'delimiter'>,
  mapping: ColumnMapping,
  restoreApostrophes: boolean,
): ImportRow[] {
  return table.rows.map(({ line, cells }) => {
    const row: ImportRow = { line, fields: {}, warnings: [] };
    if (cells.length !== table.header.length) row.warnings.push('row_length');
    cells.forEach((cell, index) => {
      const field = mapping[index];
      // A cell a careful writer (Siaga among them) made text with a leading apostrophe reads as meant.
      if (field) addValue(row, field, restoreApostrophes ? restoreCell(cell) : cell);
    });
    return row;
  });
}
