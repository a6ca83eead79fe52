/**
 * A plain document model for the office's printed paperwork (attendance and sign-in sheets, the
 * briefing pack, later the crisis report): headings, paragraphs, lists and tables. One model,
 * two writers (`documentPdf.ts`, `documentDocx.ts`), so the PDF and the DOCX of a document say
 * the same thing by construction.
 */
export type DocumentBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string; bold?: boolean }
  /** Label–value lines ("Waktu: …"), aligned as a two-column table without borders. */
  | { kind: 'facts'; rows: [string, string][] }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'numbered'; items: string[] }
  | {
      kind: 'table';
      /** Relative widths: [1, 4, 3] gives the second column four times the first. */
      columns: { label: string; width: number }[];
      rows: string[][];
      /** A taller row, e.g. room to sign. In points (1/72 inch). */
      rowHeight?: number;
    }
  /** A picture (a chart drawn as PNG), scaled to the page width; the caption says what it shows. */
  | { kind: 'image'; png: Buffer; width: number; height: number; caption: string };

export interface SimpleDocument {
  /** The letterhead: agency, then unit. */
  letterhead: string[];
  title: string;
  subtitle?: string;
  blocks: DocumentBlock[];
  /** Printed small at the foot of every page (e.g. "Dibuat 28 November 2026, 09.00 WIB"). */
  footer: string;
  landscape?: boolean;
}

/** The longest stem kept: room for the extension and a "(2)" from the browser within every file system's limit. */
const maxStem = 90;

/**
 * A file name safe on every file system, from words people recognise: accents dropped (é → e),
 * anything else but letters, digits, dots and dashes made a dash, and a long title cut after its
 * last whole word, never mid-word.
 */
export function documentFileName(words: string, extension: string, fallback = 'dokumen'): string {
  let stem = words
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\w\s.-]/g, '-')
    .replace(/\s+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  if (stem.length > maxStem) {
    const lastBreak = stem.slice(0, maxStem + 1).lastIndexOf('-');
    // One very long "word" (a URL, a run of letters) is cut where it must be.
    stem = stem.slice(0, lastBreak > maxStem / 2 ? lastBreak : maxStem).replace(/[-.]+$/, '');
  }
  return `${stem || fallback}.${extension}`;
}
