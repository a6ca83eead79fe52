import { parse } from 'csv-parse/sync';
import { importLimits } from '../../../../shared/ipc/contactImport';

export type Delimiter = ',' | ';' | '\t';
const candidates: Delimiter[] = [',', ';', '\t'];

/** Counts a delimiter per line outside double quotes, over the first lines of the text. */
function countsPerLine(text: string, delimiter: Delimiter, maxLines = 20): number[] {
  const counts: number[] = [];
  let count = 0;
  let quoted = false;
  for (let index = 0; index < text.length && counts.length < maxLines; index += 1) {
    const char = text[index];
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === delimiter) count += 1;
    else if (!quoted && char === '\n') {
      counts.push(count);
      count = 0;
    }
  }
  if (count > 0 || counts.length === 0) counts.push(count);
  return counts;
}

/**
 * The field delimiter: the candidate that appears on the header line and most consistently after
 * it. Excel in an Indonesian locale writes semicolons (the comma is the decimal mark there).
 */
export function detectDelimiter(text: string): Delimiter {
  let best: Delimiter = ',';
  let bestScore = -1;
  for (const delimiter of candidates) {
    const counts = countsPerLine(text, delimiter);
    const header = counts[0] ?? 0;
    if (header === 0) continue;
    const agreeing = counts.filter((count) => count === header).length;
    const score = agreeing * 1000 + header;
    if (score > bestScore) {
      bestScore = score;
      best = delimiter;
    }
  }
  return best;
}

export interface DelimitedTable {
  delimiter: Delimiter;
  header: string[];
  /** Data rows with their 1-based line number in the file (for the import report). */
  rows: { line: number; cells: string[] }[];
}

/** The line a record starts on: csv-parse counts the line it ends on, after any new line quoted inside it. */
function startLine(endLine: number, raw: string): number {
  const body = raw.replace(/^(\r?\n)+/, '').replace(/\r?\n$/, '');
  return endLine - (body.match(/\n/g)?.length ?? 0);
}

/**
 * Parses delimited text into a header and rows. Quotes, doubled quotes and newlines inside quoted
 * cells are handled by csv-parse; rows of a different length than the header are kept (the
 * import reports them) rather than failing the whole file; empty lines are skipped. Each row
 * keeps the line it starts on, as a person looking for it in the file would count. Parsing stops
 * one row past the import's row limit (the caller refuses the file then).
 */
export function parseDelimited(text: string, delimiter: Delimiter = detectDelimiter(text)): DelimitedTable {
  const records = parse(text, {
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    info: true,
    raw: true,
    bom: true,
    to: importLimits.maxRows + 2,
    // With `info` and `raw` csv-parse returns records with their position; its types do not say so.
  }) as unknown as { record: string[]; raw: string; info: { lines: number } }[];
  const [first, ...rest] = records;
  return {
    delimiter,
    header: (first?.record ?? []).map((cell) => cell.trim()),
    rows: rest
      .filter(({ record }) => record.some((cell) => cell.trim() !== ''))
      .map(({ record, raw, info }) => ({ line: startLine(info.lines, raw), cells: record })),
  };
}
