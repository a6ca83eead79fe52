import { importLimits, maxImportBytes } from '../../../../shared/ipc/contactImport';
import { decodeText, type TextEncoding } from './decodeText';
import { parseDelimited, type Delimiter } from './delimitedTable';
import { parseVCards } from './vcard';
import { readXlsx } from './xlsxTable';
import type { ImportRow } from './importRow';

/** A contact file as read: a table to map (CSV, XLSX) or cards whose fields are known (vCard). */
export type ImportSource =
  | {
      format: 'csv' | 'xlsx';
      encoding: TextEncoding | null;
      delimiter: Delimiter | null;
      header: string[];
      rows: { line: number; cells: string[] }[];
    }
  | { format: 'vcard'; encoding: TextEncoding; delimiter: null; header: []; cards: ImportRow[] };

export type ReadResult = { ok: true; source: ImportSource } | { ok: false; reason: string };

const isZip = (data: Uint8Array) => data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04;

/**
 * Reads a contact file whatever it is: the format from its bytes first (an XLSX is a zip; a vCard
 * starts with BEGIN:VCARD), its name second. Every refusal is a reason code the person is shown:
 * an empty file, a header without rows, a file over the size limit, a broken or hostile XLSX.
 */
export async function readImportFile(fileName: string, data: Buffer): Promise<ReadResult> {
  if (data.length === 0) return { ok: false, reason: 'file_empty' };
  if (data.length > maxImportBytes) return { ok: false, reason: 'file_too_large' };
  if (isZip(data) || /\.xlsx$/i.test(fileName)) {
    const read = await readXlsx(data);
    if (!read.ok) return read;
    return tableSource('xlsx', null, null, read.table.header, read.table.rows);
  }
  const decoded = decodeText(data);
  if (/^\s*BEGIN:VCARD/i.test(decoded.text) || /\.(vcf|vcard)$/i.test(fileName)) {
    const cards = parseVCards(decoded.text);
    if (cards.length === 0) return { ok: false, reason: 'file_no_rows' };
    return { ok: true, source: { format: 'vcard', encoding: decoded.encoding, delimiter: null, header: [], cards } };
  }
  if (!decoded.text.trim()) return { ok: false, reason: 'file_empty' };
  const table = parseDelimited(decoded.text);
  return tableSource('csv', decoded.encoding, table.delimiter, table.header, table.rows);
}

function tableSource(
  format: 'csv' | 'xlsx',
  encoding: TextEncoding | null,
  delimiter: Delimiter | null,
  header: string[],
  rows: { line: number; cells: string[] }[],
): ReadResult {
  if (header.every((cell) => !cell)) return { ok: false, reason: 'file_empty' };
  if (rows.length === 0) return { ok: false, reason: 'file_no_rows' };
  if (rows.length > importLimits.maxRows) return { ok: false, reason: 'file_too_many_rows' };
  const widest = rows.reduce((most, row) => Math.max(most, row.cells.length), header.length);
  if (widest > importLimits.maxColumns) return { ok: false, reason: 'file_too_many_columns' };
  const longest = rows.some((row) => row.cells.some((cell) => cell.length > importLimits.maxCellChars));
  if (longest) return { ok: false, reason: 'file_cell_too_long' };
  return { ok: true, source: { format, encoding, delimiter, header, rows } };
}
