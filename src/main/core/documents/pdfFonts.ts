import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The fonts every PDF Siaga writes embeds (subset by pdfkit), so a document looks the same on every
 * machine and prints every name: PDF's built-in faces are not embedded (each reader substitutes its
 * own) and stop at Windows-1252. DejaVu covers Latin with every diacritic, Greek, Cyrillic and
 * Arabic letters a journalist's name may hold.
 */
const faces = {
  sans: {
    regular: 'DejaVuSans.ttf',
    bold: 'DejaVuSans-Bold.ttf',
    italic: 'DejaVuSans-Oblique.ttf',
    boldItalic: 'DejaVuSans-BoldOblique.ttf',
  },
  serif: {
    regular: 'DejaVuSerif.ttf',
    bold: 'DejaVuSerif-Bold.ttf',
    italic: 'DejaVuSerif-Italic.ttf',
    boldItalic: 'DejaVuSerif-BoldItalic.ttf',
  },
} as const;

/** Read once per process: a mail job renders one PDF, an export many. */
const loaded = new Map<string, Buffer>();
function fontData(file: string): Buffer {
  let data = loaded.get(file);
  if (!data) {
    data = readFileSync(createRequire(__filename).resolve(`dejavu-fonts-ttf/ttf/${file}`));
    loaded.set(file, data);
  }
  return data;
}

/** Registers the family's four faces under the names `regular`, `bold`, `italic`, `boldItalic`. */
export function registerPdfFonts(pdf: PDFKit.PDFDocument, family: keyof typeof faces): void {
  for (const [face, file] of Object.entries(faces[family])) pdf.registerFont(face, fontData(file));
}
