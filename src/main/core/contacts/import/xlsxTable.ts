import ExcelJS from 'exceljs';
import type { DelimitedTable } from './delimitedTable';
import { checkZip } from './zipGuard';

export type XlsxResult = { ok: true; table: Omit<DelimitedTable, 'delimiter'> } | { ok: false; reason: string };

function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  // Dates as ISO days; everything else as Excel shows it (a formula as its cached result).
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return cell.text ?? '';
}

/**
 * The first worksheet of an XLSX as a header and rows, with ExcelJS (not the frozen `xlsx` package).
 * The zip is checked before it is opened (bombs, Zip64); a file ExcelJS cannot read — including
 * XML with a DTD, which its parser refuses — is reported, never thrown at the caller.
 */
export async function readXlsx(data: Buffer): Promise<XlsxResult> {
  const zip = checkZip(data);
  if (!zip.ok) return { ok: false, reason: zip.reason };
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    return { ok: false, reason: 'xlsx_invalid' };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { ok: true, table: { header: [], rows: [] } };
  const lines: { line: number; cells: string[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column += 1) cells.push(cellText(row.getCell(column)));
    if (cells.some((cell) => cell.trim() !== '')) lines.push({ line: rowNumber, cells });
  });
  const [first, ...rest] = lines;
  return { ok: true, table: { header: (first?.cells ?? []).map((cell) => cell.trim()), rows: rest } };
}
