import { stringify } from 'csv-stringify/sync';

/**
 * Spreadsheet programs run cells that start with `=`, `+`, `-`, `@`, tab or CR as formulas (OWASP
 * "CSV injection"), and turn "+62812…" into a number. A leading apostrophe makes such a cell text.
 * A cell that already starts with an apostrophe gets one more, so `restoreCell` undoes this exactly.
 */
export function neutralizeCell(value: string): string {
  return /^[=+\-@\t\r']/.test(value) ? `'${value}` : value;
}

/** The inverse of `neutralizeCell`, for reading back a file Siaga (or a careful person) wrote. */
export function restoreCell(value: string): string {
  return /^'[=+\-@\t\r']/.test(value) ? value.slice(1) : value;
}

/**
 * Rows as CSV for Excel: UTF-8 with a BOM (so Excel does not guess the encoding), CRLF line ends,
 * every cell neutralised. Quotes, separators and new lines inside cells are quoted by csv-stringify.
 */
export function toSafeCsv(rows: readonly (readonly string[])[], delimiter: ',' | ';' = ','): string {
  return `\uFEFF${stringify(
    rows.map((row) => row.map(neutralizeCell)),
    // A lone \n or \r inside a cell must be quoted too, not only the CRLF record delimiter.
    { record_delimiter: 'windows', delimiter, quoted_match: /[\r\n]/ },
  )}`;
}
