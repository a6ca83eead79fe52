import PDFDocument from 'pdfkit';
import type { RichNode } from '../../../../shared/statements/richText';
import { isSafeHref } from '../../../../shared/statements/richText';
import { inlineText } from '../../../../shared/statements/plainText';
import { statementDocument, type OutputInput } from '../../../../shared/statements/outputs/statementDocument';
import { registerPdfFonts } from '../../documents/pdfFonts';
import { fitInto, rasterLogo } from './rasterLogo';

type Pdf = PDFKit.PDFDocument;

// A serif like the letters offices print, embedded so the document looks the same everywhere.
const fonts = { regular: 'regular', bold: 'bold', italic: 'italic', boldItalic: 'boldItalic' } as const;
const margin = { top: 56, bottom: 64, left: 70, right: 56 };

function fontFor(marks: Set<string>): string {
  if (marks.has('bold') && marks.has('italic')) return fonts.boldItalic;
  if (marks.has('bold')) return fonts.bold;
  if (marks.has('italic')) return fonts.italic;
  return fonts.regular;
}

/** Writes one paragraph of marked text as a run of `continued` pieces. */
function writeInline(
  pdf: Pdf,
  nodes: readonly RichNode[] | undefined,
  options: PDFKit.Mixins.TextOptions,
  prefix = '',
): void {
  const pieces: { text: string; marks: Set<string>; href?: string }[] = [];
  if (prefix) pieces.push({ text: prefix, marks: new Set() });
  for (const node of nodes ?? []) {
    if (node.type === 'hardBreak') pieces.push({ text: '\n', marks: new Set() });
    else if (node.type === 'text') {
      const href = node.marks?.find((mark) => mark.type === 'link')?.attrs?.href;
      pieces.push({
        text: node.text ?? '',
        marks: new Set((node.marks ?? []).map((mark) => mark.type)),
        ...(href && isSafeHref(href) ? { href } : {}),
      });
    } else pieces.push({ text: inlineText(node.content), marks: new Set() });
  }
  if (pieces.length === 0) pieces.push({ text: ' ', marks: new Set() });
  pieces.forEach((piece, index) => {
    pdf.font(fontFor(piece.marks));
    pdf.text(piece.text, {
      ...options,
      continued: index < pieces.length - 1,
      underline: piece.marks.has('underline') || Boolean(piece.href),
      link: piece.href ?? null,
    });
  });
}

function writeBlocks(pdf: Pdf, nodes: readonly RichNode[] | undefined, indent: number): void {
  const width = pdf.page.width - margin.left - margin.right - indent;
  for (const node of nodes ?? []) {
    const x = margin.left + indent;
    switch (node.type) {
      case 'paragraph':
        pdf.fontSize(12);
        pdf.x = x;
        writeInline(pdf, node.content, { width, align: 'justify', paragraphGap: 6 });
        break;
      case 'heading':
        pdf.moveDown(0.4).fontSize(13);
        pdf.x = x;
        writeInline(
          pdf,
          (node.content ?? []).map((child) => ({
            ...child,
            marks: [...(child.marks ?? []), { type: 'bold' as const }],
          })),
          {
            width,
            paragraphGap: 4,
          },
        );
        break;
      case 'bulletList':
      case 'orderedList':
        (node.content ?? []).forEach((item, index) => {
          const marker = node.type === 'bulletList' ? '•' : `${(node.attrs?.start ?? 1) + index}.`;
          const [first, ...rest] = item.content ?? [];
          pdf.fontSize(12).font(fonts.regular);
          const top = pdf.y;
          pdf.text(marker, x, top, { width: 20, lineBreak: false });
          pdf.x = x + 20;
          pdf.y = top;
          writeInline(pdf, first?.content, { width: width - 20, paragraphGap: 3 });
          writeBlocks(pdf, rest, indent + 20);
        });
        pdf.moveDown(0.3);
        break;
      case 'blockquote': {
        const top = pdf.y;
        writeBlocks(pdf, node.content, indent + 20);
        pdf
          .save()
          .moveTo(x + 6, top)
          .lineTo(x + 6, pdf.y - 4)
          .lineWidth(2)
          .strokeColor('#999999')
          .stroke()
          .restore();
        break;
      }
      case 'table':
        writeTable(pdf, node, x, width);
        break;
      default:
        writeBlocks(pdf, node.content, indent);
    }
  }
}

/** A simple grid: equal columns, each row as tall as its tallest cell. */
function writeTable(pdf: Pdf, table: RichNode, x: number, width: number): void {
  const rows = table.content ?? [];
  const columns = Math.max(1, ...rows.map((row) => (row.content ?? []).length));
  const columnWidth = width / columns;
  pdf.fontSize(10);
  for (const row of rows) {
    const cells = (row.content ?? []).map((cell) => ({
      text: (cell.content ?? []).map((child) => inlineText(child.content)).join('\n'),
      header: cell.type === 'tableHeader',
    }));
    const height =
      Math.max(
        ...cells.map((cell) =>
          pdf.font(cell.header ? fonts.bold : fonts.regular).heightOfString(cell.text, { width: columnWidth - 8 }),
        ),
      ) + 8;
    if (pdf.y + height > pdf.page.height - margin.bottom) pdf.addPage();
    const top = pdf.y;
    cells.forEach((cell, index) => {
      const left = x + index * columnWidth;
      pdf.rect(left, top, columnWidth, height).lineWidth(0.5).strokeColor('#999999').stroke();
      pdf
        .font(cell.header ? fonts.bold : fonts.regular)
        .fillColor('#000000')
        .text(cell.text, left + 4, top + 4, { width: columnWidth - 8 });
    });
    pdf.x = x;
    pdf.y = top + height;
  }
  pdf.moveDown(0.5);
}

function drawDraftMark(pdf: Pdf, label: string): void {
  const { width, height } = pdf.page;
  pdf.save();
  pdf.rotate(-45, { origin: [width / 2, height / 2] });
  pdf.font(fonts.bold).fontSize(110).fillColor('#b00020').fillOpacity(0.12);
  pdf.text(label, 0, height / 2 - 60, { width, align: 'center', lineBreak: false });
  pdf.restore();
  pdf.save().font(fonts.bold).fontSize(11).fillColor('#b00020');
}

/**
 * The statement as an A4 PDF with the same layout as the DOCX. Drawn with pdfkit in Node, so the
 * same code runs in the app, the command line and the tests.
 */
export async function renderPdf(input: OutputInput): Promise<Buffer> {
  const doc = statementDocument(input);
  const logo = await rasterLogo(input.office.logo);
  const pdf = new PDFDocument({
    size: 'A4',
    margins: margin,
    bufferPages: true,
    info: { Title: doc.title, Creator: 'Siaga', Subject: doc.kindLabel },
  });
  registerPdfFonts(pdf, 'serif');
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  const width = pdf.page.width - margin.left - margin.right;
  const center = { width, align: 'center' as const };

  // Kop surat.
  const headTop = pdf.y;
  if (logo) {
    const size = fitInto(logo, 64);
    pdf.image(logo.data, margin.left, headTop, size);
  }
  pdf.font(fonts.bold).fontSize(14).text(doc.letterhead.agency, margin.left, headTop, center);
  pdf.fontSize(12).text(doc.letterhead.unit, center);
  pdf.font(fonts.regular).fontSize(9).text(doc.letterhead.contactLine, center);
  const ruleY = Math.max(pdf.y, headTop + (logo ? 64 : 0)) + 4;
  pdf
    .moveTo(margin.left, ruleY)
    .lineTo(margin.left + width, ruleY)
    .lineWidth(2)
    .stroke();
  pdf
    .moveTo(margin.left, ruleY + 3)
    .lineTo(margin.left + width, ruleY + 3)
    .lineWidth(0.5)
    .stroke();
  pdf.x = margin.left;
  pdf.y = ruleY + 16;

  pdf.font(fonts.bold).fontSize(13).text(doc.kindLabel, center);
  if (doc.numberLine) pdf.font(fonts.regular).fontSize(11).text(doc.numberLine, center);
  if (doc.embargoLine)
    pdf.font(fonts.bold).fontSize(11).fillColor('#7a4d00').text(doc.embargoLine, center).fillColor('#000000');
  if (doc.correctsLine) pdf.font(fonts.bold).fontSize(11).text(doc.correctsLine, center);
  pdf.moveDown(0.8).font(fonts.bold).fontSize(16).text(doc.title, center).moveDown(0.6);
  if (doc.summary) pdf.font(fonts.italic).fontSize(12).text(doc.summary, { width }).moveDown(0.5);
  pdf.font(fonts.bold).fontSize(12).text(`${doc.dateline} —`, { width }).moveDown(0.3);

  writeBlocks(pdf, input.content.body.content, 0);

  if (doc.nextUpdateLine)
    pdf.moveDown(0.5).font(fonts.bold).fontSize(12).text(doc.nextUpdateLine, margin.left, pdf.y, { width });
  for (const block of doc.contactBlocks) {
    pdf.moveDown(0.8).font(fonts.bold).fontSize(12).text(block.heading, margin.left, pdf.y, { width });
    pdf.font(fonts.regular).fontSize(11).text(block.lines.join('\n'), { width });
  }
  if (doc.attachmentNames.length) {
    pdf.moveDown(0.8).font(fonts.bold).fontSize(12).text(`${doc.labels.attachments}:`, margin.left, pdf.y, { width });
    pdf
      .font(fonts.regular)
      .fontSize(11)
      .text(doc.attachmentNames.map((name) => `• ${name}`).join('\n'), { width });
  }

  // Page furniture once the pages exist: numbers, and the DRAF mark on every page.
  const range = pdf.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index += 1) {
    pdf.switchToPage(index);
    // Furniture sits in the margins: lift the bottom margin so writing there adds no page.
    const bottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    if (doc.draftLabel) {
      drawDraftMark(pdf, doc.labels.draftShort);
      pdf.text(doc.draftLabel, margin.left, 24, { width, align: 'center', lineBreak: false });
      pdf.restore();
    }
    pdf
      .font(fonts.regular)
      .fontSize(9)
      .fillColor('#000000')
      .text(`${index + 1} / ${range.count}`, margin.left, pdf.page.height - 40, {
        width,
        align: 'right',
        lineBreak: false,
      });
    pdf.page.margins.bottom = bottom;
  }
  pdf.end();
  return done;
}
