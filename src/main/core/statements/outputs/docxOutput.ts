import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { RichNode } from '../../../../shared/statements/richText';
import { isSafeHref } from '../../../../shared/statements/richText';
import { statementDocument, type OutputInput } from '../../../../shared/statements/outputs/statementDocument';
import { fitInto, rasterLogo } from './rasterLogo';

const font = 'Times New Roman';

function runs(nodes: readonly RichNode[] | undefined): ParagraphChild[] {
  return (nodes ?? []).flatMap((node): ParagraphChild[] => {
    if (node.type === 'hardBreak') return [new TextRun({ text: '', break: 1 })];
    if (node.type !== 'text') return runs(node.content);
    const marks = new Set((node.marks ?? []).map((mark) => mark.type));
    const run = new TextRun({
      text: node.text ?? '',
      bold: marks.has('bold'),
      italics: marks.has('italic'),
      ...(marks.has('underline') ? { underline: {} } : {}),
      ...(marks.has('link') ? { style: 'Hyperlink' } : {}),
    });
    const href = node.marks?.find((mark) => mark.type === 'link')?.attrs?.href;
    return href && isSafeHref(href) ? [new ExternalHyperlink({ link: href, children: [run] })] : [run];
  });
}

interface ListContext {
  level: number;
  /** Inside a blockquote: paragraphs are indented with a rule on the left. */
  quote?: boolean;
  /** A new numbering instance per ordered list, so each starts at 1. */
  nextInstance: () => number;
}

function blocks(nodes: readonly RichNode[] | undefined, context: ListContext): (Paragraph | Table)[] {
  return (nodes ?? []).flatMap((node): (Paragraph | Table)[] => {
    switch (node.type) {
      case 'paragraph':
        return [
          new Paragraph({
            children: runs(node.content),
            spacing: { after: 120 },
            alignment: AlignmentType.JUSTIFIED,
            ...(context.quote
              ? {
                  indent: { left: 567 },
                  border: { left: { style: BorderStyle.SINGLE, size: 12, color: '999999', space: 8 } },
                }
              : {}),
          }),
        ];
      case 'heading':
        return [
          new Paragraph({
            children: runs(node.content),
            heading: HeadingLevel.HEADING_2,
            spacing: { before: 200, after: 80 },
          }),
        ];
      case 'bulletList':
      case 'orderedList': {
        const instance = context.nextInstance();
        return (node.content ?? []).flatMap((item) =>
          (item.content ?? []).flatMap((child, index) => {
            if (child.type !== 'paragraph' && child.type !== 'heading') {
              return blocks([child], { ...context, level: Math.min(context.level + 1, 4) });
            }
            const list =
              index > 0
                ? { indent: { left: 720 * (context.level + 1) } }
                : node.type === 'bulletList'
                  ? { bullet: { level: context.level } }
                  : { numbering: { reference: 'ordered', level: context.level, instance } };
            return [new Paragraph({ children: runs(child.content), spacing: { after: 60 }, ...list })];
          }),
        );
      }
      case 'blockquote':
        return blocks(node.content, { ...context, quote: true });
      case 'table':
        return [
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: (node.content ?? []).map(
              (row) =>
                new TableRow({
                  children: (row.content ?? []).map(
                    (cell) =>
                      new TableCell({
                        columnSpan: cell.attrs?.colspan,
                        rowSpan: cell.attrs?.rowspan,
                        children: blocks(cell.content, context).filter(
                          (child): child is Paragraph => child instanceof Paragraph,
                        ),
                      }),
                  ),
                }),
            ),
          }),
          new Paragraph({ children: [] }),
        ];
      default:
        return blocks(node.content, context);
    }
  });
}

/**
 * The statement as a Word document on A4: the kop surat (logo and office lines over a double rule),
 * kind and number, title, dateline, body, the spokesperson and media contact, and a DRAF label in
 * the page header of every page while the revision is not approved.
 */
export async function renderDocx(input: OutputInput): Promise<Buffer> {
  const doc = statementDocument(input);
  const logo = await rasterLogo(input.office.logo);
  const center = (text: string, options: { bold?: boolean; size?: number; color?: string } = {}) =>
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, ...options })] });
  let instance = 0;
  const context: ListContext = { level: 0, nextInstance: () => (instance += 1) };

  const letterhead = [
    ...(logo
      ? [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new ImageRun({ type: logo.type, data: logo.data, transformation: fitInto(logo, 72) })],
          }),
        ]
      : []),
    center(doc.letterhead.agency, { bold: true, size: 28 }),
    center(doc.letterhead.unit, { bold: true, size: 24 }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      border: { bottom: { style: BorderStyle.DOUBLE, size: 6, color: '000000', space: 4 } },
      children: [new TextRun({ text: doc.letterhead.contactLine, size: 18 })],
    }),
  ];
  const meta = [
    new Paragraph({ children: [], spacing: { after: 120 } }),
    center(doc.kindLabel, { bold: true, size: 26 }),
    ...(doc.numberLine ? [center(doc.numberLine)] : []),
    ...(doc.embargoLine ? [center(doc.embargoLine, { bold: true, color: '7A4D00' })] : []),
    ...(doc.correctsLine ? [center(doc.correctsLine, { bold: true })] : []),
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      spacing: { before: 240, after: 240 },
      children: [new TextRun({ text: doc.title, bold: true, size: 30 })],
    }),
    ...(doc.summary
      ? [new Paragraph({ spacing: { after: 200 }, children: [new TextRun({ text: doc.summary, italics: true })] })]
      : []),
    new Paragraph({ children: [new TextRun({ text: `${doc.dateline} —`, bold: true })] }),
  ];
  const closing = [
    ...(doc.nextUpdateLine
      ? [new Paragraph({ spacing: { before: 200 }, children: [new TextRun({ text: doc.nextUpdateLine, bold: true })] })]
      : []),
    ...doc.contactBlocks.flatMap((block) => [
      new Paragraph({ spacing: { before: 240 }, children: [new TextRun({ text: block.heading, bold: true })] }),
      ...block.lines.map((line) => new Paragraph({ children: [new TextRun(line)] })),
    ]),
    ...(doc.attachmentNames.length
      ? [
          new Paragraph({
            spacing: { before: 240 },
            children: [new TextRun({ text: `${doc.labels.attachments}:`, bold: true })],
          }),
          ...doc.attachmentNames.map((name) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(name)] })),
        ]
      : []),
  ];

  const document = new Document({
    creator: 'Siaga',
    title: doc.title,
    description: doc.kindLabel,
    styles: { default: { document: { run: { font, size: 24 } } } },
    numbering: {
      config: [
        {
          reference: 'ordered',
          levels: [0, 1, 2, 3, 4].map((level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
          })),
        },
      ],
    },
    sections: [
      {
        properties: {
          page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1418, right: 1134 } },
        },
        headers: doc.draftLabel
          ? { default: new Header({ children: [center(doc.draftLabel, { bold: true, color: 'B00020', size: 28 })] }) }
          : undefined,
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ children: [PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES], size: 18 })],
              }),
            ],
          }),
        },
        children: [...letterhead, ...meta, ...blocks(input.content.body.content, context), ...closing],
      },
    ],
  });
  return Packer.toBuffer(document);
}
