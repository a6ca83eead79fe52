import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import type { DocumentBlock, SimpleDocument } from './simpleDocument';

const font = 'Arial';
const noBorder = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = { top: noBorder, bottom: noBorder, left: noBorder, right: noBorder };

/** Text with its line breaks kept (Word needs a break run per new line). */
function lines(text: string, bold = false): TextRun[] {
  return text.split('\n').map((line, index) => new TextRun({ text: line, bold, break: index > 0 ? 1 : undefined }));
}

function cell(text: string, widthPercent: number, options: { bold?: boolean; shade?: boolean; borders?: boolean }) {
  return new TableCell({
    width: { size: widthPercent, type: WidthType.PERCENTAGE },
    children: [new Paragraph({ children: lines(text, options.bold) })],
    ...(options.shade ? { shading: { fill: 'EEEEEE' } } : {}),
    ...(options.borders === false ? { borders: noBorders } : {}),
  });
}

function block(item: DocumentBlock, nextList: () => number): FileChild[] {
  switch (item.kind) {
    case 'heading':
      return [new Paragraph({ text: item.text, heading: HeadingLevel.HEADING_2, spacing: { before: 240, after: 80 } })];
    case 'paragraph':
      return [new Paragraph({ children: lines(item.text, item.bold), spacing: { after: 120 } })];
    case 'facts':
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          borders: { ...noBorders, insideHorizontal: noBorder, insideVertical: noBorder },
          rows: item.rows.map(
            ([label, value]) =>
              new TableRow({
                children: [cell(label, 25, { bold: true, borders: false }), cell(value, 75, { borders: false })],
              }),
          ),
        }),
        new Paragraph({ text: '' }),
      ];
    case 'bullets':
    case 'numbered':
      return item.items.map(
        (text) =>
          new Paragraph({
            children: lines(text),
            numbering: { reference: item.kind, level: 0, instance: item.kind === 'numbered' ? nextList() : 0 },
          }),
      );
    case 'table': {
      const total = item.columns.reduce((sum, column) => sum + column.width, 0);
      const percent = item.columns.map((column) => (100 * column.width) / total);
      const height = item.rowHeight ? { value: item.rowHeight * 20, rule: 'atLeast' as const } : undefined;
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({
              tableHeader: true,
              children: item.columns.map((column, index) =>
                cell(column.label, percent[index]!, { bold: true, shade: true }),
              ),
            }),
            ...item.rows.map(
              (row) =>
                new TableRow({
                  cantSplit: true,
                  ...(height ? { height } : {}),
                  children: row.map((text, index) => cell(text, percent[index]!, {})),
                }),
            ),
          ],
        }),
        new Paragraph({ text: '' }),
      ];
    }
    case 'image': {
      // 6.3 inches of text width on A4 with the default margins, at 96 px per inch.
      const scale = Math.min(1, 600 / item.width);
      return [
        new Paragraph({
          children: [
            new ImageRun({
              type: 'png',
              data: item.png,
              transformation: { width: Math.round(item.width * scale), height: Math.round(item.height * scale) },
              altText: { name: item.caption, description: item.caption, title: item.caption },
            }),
          ],
        }),
        new Paragraph({
          children: [new TextRun({ text: item.caption, italics: true, size: 18 })],
          spacing: { after: 160 },
        }),
      ];
    }
  }
}

/** The document as DOCX (the docx library: real Word tables, a repeating header row, page numbers). */
export function documentDocx(document: SimpleDocument): Promise<Buffer> {
  // Each numbered list restarts at 1: a new numbering instance per list.
  let listInstance = 0;
  const nextList = () => ++listInstance;
  const children: FileChild[] = [
    ...document.letterhead.map(
      (line) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: line, bold: true })] }),
    ),
    new Paragraph({
      border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 4 } },
      text: '',
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 240 },
      children: [new TextRun({ text: document.title, bold: true, size: 28 })],
    }),
    ...(document.subtitle
      ? [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: document.subtitle })] })]
      : []),
    new Paragraph({ text: '' }),
    ...document.blocks.flatMap((item) => block(item, nextList)),
  ];
  const doc = new Document({
    creator: 'Siaga',
    title: document.title,
    styles: { default: { document: { run: { font, size: 20 } } } },
    numbering: {
      config: [
        {
          reference: 'bullets',
          levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT }],
        },
        {
          reference: 'numbered',
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT }],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { orientation: document.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
            margin: { top: 1000, bottom: 1000, left: 1000, right: 1000 },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({ text: `${document.footer}  ·  `, size: 15 }),
                  new TextRun({ children: [PageNumber.CURRENT, '/', PageNumber.TOTAL_PAGES], size: 15 }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
