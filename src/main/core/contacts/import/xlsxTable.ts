import { setImmediate as nextTurn } from 'node:timers/promises';
import { Unzip, UnzipInflate, UnzipPassThrough, type UnzipFile } from 'fflate';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { importLimits } from '../../../../shared/ipc/contactImport';
import type { DelimitedTable } from './delimitedTable';
import { isDateFormat, serialToIsoDay } from './xlsxDates';
import { checkZip } from './zipGuard';

export type XlsxResult = { ok: true; table: Omit<DelimitedTable, 'delimiter'> } | { ok: false; reason: string };

/** A cell as the sheet stores it; turned into text once the shared strings and styles are known. */
interface RawCell {
  column: number;
  type: string;
  style: number;
  value: string;
}

class Refused extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

/** Compressed bytes handed to the inflater at a time: deflate expands at most ~1,032 to one. */
const chunkBytes = 16 * 1024;

/** "C12" → 3 (one-based), or 0 when the reference is missing. */
function columnOf(reference: string | undefined): number {
  let column = 0;
  for (const char of reference ?? '') {
    const code = char.charCodeAt(0);
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  return column;
}

/**
 * The parts of a workbook that the first sheet needs, each parsed as its bytes are inflated:
 * which sheet is first (workbook.xml and its relationships), the shared strings, the styles that
 * mark numbers as dates, and the sheet's rows.
 */
function workbookParts() {
  const state = {
    firstSheetId: '',
    firstSheetTarget: '',
    date1904: false,
    relationships: new Map<string, string>(),
    sharedStrings: [] as string[],
    dateStyles: [] as boolean[],
    rows: [] as { line: number; cells: RawCell[] }[],
  };
  const customFormats = new Map<number, string>();

  /** A SAX parser for one entry; `onOpen`/`onClose`/`onText` see tags without namespace prefixes. */
  function parserFor(handlers: {
    open?: (name: string, attributes: Record<string, string>) => void;
    close?: (name: string) => void;
    text?: (text: string) => void;
  }) {
    // No DTD is read and no entity but XML's five is expanded (saxes never fetches or defines any).
    const parser = new SaxesParser({ xmlns: false });
    const local = (name: string) => name.slice(name.indexOf(':') + 1);
    parser.on('opentag', (tag: SaxesTagPlain) => handlers.open?.(local(tag.name), tag.attributes));
    parser.on('closetag', (tag: SaxesTagPlain) => handlers.close?.(local(tag.name)));
    if (handlers.text) {
      parser.on('text', handlers.text);
      parser.on('cdata', handlers.text);
    }
    parser.on('doctype', () => {
      throw new Refused('xlsx_invalid');
    });
    parser.on('error', () => {
      throw new Refused('xlsx_invalid');
    });
    return parser;
  }

  const workbook = () =>
    parserFor({
      open: (name, attributes) => {
        if (name === 'workbookPr') state.date1904 = attributes['date1904'] === '1' || attributes['date1904'] === 'true';
        if (name === 'sheet' && !state.firstSheetId) {
          state.firstSheetId =
            attributes['r:id'] ?? Object.entries(attributes).find(([key]) => key.endsWith(':id'))?.[1] ?? '';
        }
      },
    });

  const relationships = () =>
    parserFor({
      open: (name, attributes) => {
        if (name === 'Relationship' && attributes['Id'] && attributes['Target']) {
          state.relationships.set(attributes['Id'], attributes['Target']);
        }
      },
    });

  /** Shared strings: the text of each <si>, rich-text runs joined, phonetic guides (<rPh>) left out. */
  const sharedStrings = () => {
    let current: string[] | null = null;
    let inText = false;
    let phonetic = 0;
    let characters = 0;
    return parserFor({
      open: (name) => {
        if (name === 'si') current = [];
        else if (name === 'rPh') phonetic += 1;
        else if (name === 't' && phonetic === 0) inText = true;
      },
      close: (name) => {
        if (name === 'si' && current) {
          state.sharedStrings.push(current.join(''));
          current = null;
          characters = 0;
        } else if (name === 'rPh') phonetic -= 1;
        else if (name === 't') inText = false;
      },
      text: (text) => {
        if (!inText || !current) return;
        characters += text.length;
        if (characters > importLimits.maxCellChars) throw new Refused('file_cell_too_long');
        current.push(text);
      },
    });
  };

  const styles = () => {
    let inCellFormats = false;
    return parserFor({
      open: (name, attributes) => {
        if (name === 'numFmt') customFormats.set(Number(attributes['numFmtId']), attributes['formatCode'] ?? '');
        else if (name === 'cellXfs') inCellFormats = true;
        else if (name === 'xf' && inCellFormats) {
          const id = Number(attributes['numFmtId'] ?? 0);
          state.dateStyles.push(isDateFormat(id, customFormats.get(id)));
        }
      },
      close: (name) => {
        if (name === 'cellXfs') inCellFormats = false;
      },
    });
  };

  /** The sheet's rows, capped as they arrive: rows, columns and each cell's length. */
  const sheet = () => {
    let row: { line: number; cells: RawCell[] } | null = null;
    let cell: RawCell | null = null;
    let collecting = false;
    let phonetic = 0;
    let nextLine = 1;
    return parserFor({
      open: (name, attributes) => {
        if (name === 'row') {
          const line = Number(attributes['r'] ?? nextLine);
          row = { line, cells: [] };
          nextLine = line + 1;
        } else if (name === 'c' && row) {
          const column = columnOf(attributes['r']) || row.cells.length + 1;
          if (column > importLimits.maxColumns) throw new Refused('file_too_many_columns');
          cell = { column, type: attributes['t'] ?? 'n', style: Number(attributes['s'] ?? 0), value: '' };
        } else if (name === 'rPh') phonetic += 1;
        else if ((name === 'v' || (name === 't' && phonetic === 0)) && cell) collecting = true;
      },
      close: (name) => {
        if (name === 'row' && row) {
          if (row.cells.length > 0) {
            state.rows.push(row);
            // The header row and at most maxRows of data.
            if (state.rows.length > importLimits.maxRows + 1) throw new Refused('file_too_many_rows');
          }
          row = null;
        } else if (name === 'c' && cell && row) {
          if (cell.value !== '') row.cells.push(cell);
          cell = null;
        } else if (name === 'rPh') phonetic -= 1;
        else if (name === 'v' || name === 't') collecting = false;
      },
      text: (text) => {
        if (!collecting || !cell) return;
        cell.value += text;
        if (cell.value.length > importLimits.maxCellChars) throw new Refused('file_cell_too_long');
      },
    });
  };

  /** The parser for an entry, or null for entries the import does not read (themes, pictures). */
  function parserForEntry(path: string) {
    if (path === 'xl/workbook.xml') return workbook();
    if (path === 'xl/_rels/workbook.xml.rels') return relationships();
    if (path === 'xl/sharedStrings.xml') return sharedStrings();
    if (path === 'xl/styles.xml') return styles();
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(path)) {
      const target = state.relationships.get(state.firstSheetId)?.replace(/^\/?(xl\/)?/, 'xl/');
      // The workbook and its relationships come before the sheets in every writer we know of;
      // without them the conventional name of the first sheet is taken.
      if (target ? path === target : path === 'xl/worksheets/sheet1.xml') {
        state.firstSheetTarget = path;
        return sheet();
      }
    }
    return null;
  }

  /** The rows as text: shared strings looked up, dates as ISO days, numbers as written. */
  function table(): Omit<DelimitedTable, 'delimiter'> {
    const lines = state.rows.map(({ line, cells }) => {
      const width = Math.max(...cells.map((cell) => cell.column));
      const texts: string[] = Array.from({ length: width }, () => '');
      for (const cell of cells) texts[cell.column - 1] = cellText(cell);
      return { line, cells: texts };
    });
    const meaningful = lines.filter((line) => line.cells.some((cell) => cell.trim() !== ''));
    const [first, ...rest] = meaningful;
    return { header: (first?.cells ?? []).map((cell) => cell.trim()), rows: rest };
  }

  function cellText(cell: RawCell): string {
    if (cell.type === 's') return state.sharedStrings[Number(cell.value)] ?? '';
    if (cell.type === 'b') return cell.value === '1' ? 'TRUE' : 'FALSE';
    if (cell.type === 'd') return cell.value.slice(0, 10);
    if (cell.type === 'n' && state.dateStyles[cell.style]) {
      return serialToIsoDay(Number(cell.value), state.date1904) ?? cell.value;
    }
    return cell.value;
  }

  return { parserForEntry, table, found: () => state.firstSheetTarget !== '' };
}

/**
 * The first worksheet of an XLSX as a header and rows, read as a stream (fflate inflates, saxes
 * parses): the bytes inflated are counted as they are produced — the sizes a zip declares are
 * never trusted — and reading stops at the first limit passed (inflated bytes, rows, columns, a
 * cell's length), so a 25 MB file that inflates to hundreds of megabytes costs no more than the
 * limit. The central directory is checked first (bombs and Zip64 refused before anything is
 * inflated); XML with a DTD is refused; reading yields between chunks so other calls are served.
 */
export async function readXlsx(data: Buffer): Promise<XlsxResult> {
  const zip = checkZip(data);
  if (!zip.ok) return { ok: false, reason: zip.reason };
  const parts = workbookParts();
  let inflated = 0;
  let failure: unknown = null;
  const files: UnzipFile[] = [];
  const unzip = new Unzip((file) => {
    const parser = parts.parserForEntry(file.name);
    if (!parser) return;
    files.push(file);
    const decoder = new TextDecoder('utf-8');
    file.ondata = (error, chunk, final) => {
      if (failure) return;
      try {
        if (error) throw new Refused('xlsx_invalid');
        inflated += chunk.length;
        if (inflated > importLimits.maxInflatedBytes) throw new Refused('zip_too_large');
        parser.write(decoder.decode(chunk, { stream: !final }));
        if (final) parser.close();
      } catch (caught) {
        failure = caught;
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  try {
    for (let offset = 0; offset < data.length && !failure; offset += chunkBytes) {
      unzip.push(data.subarray(offset, offset + chunkBytes), offset + chunkBytes >= data.length);
      // Let other callers' work run between chunks (the core serves everyone on one thread).
      if ((offset / chunkBytes) % 16 === 15) await nextTurn();
    }
  } catch (caught) {
    failure ??= caught;
  }
  if (failure) {
    for (const file of files) file.terminate();
    return { ok: false, reason: failure instanceof Refused ? failure.reason : 'xlsx_invalid' };
  }
  if (!parts.found()) return { ok: false, reason: 'xlsx_invalid' };
  return { ok: true, table: parts.table() };
}
