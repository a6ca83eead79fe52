import PDFDocument from 'pdfkit';
import { registerPdfFonts } from './pdfFonts';
import { pdfTable } from './pdfTable';
import type { SimpleDocument } from './simpleDocument';

const margin = 50;

/** The document as an A4 PDF (pdfkit; tables drawn by `pdfTable.ts`, broken across pages with their header). */
export function documentPdf(document: SimpleDocument): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: 'A4',
    layout: document.landscape ? 'landscape' : 'portrait',
    margins: { top: margin, bottom: margin + 14, left: margin, right: margin },
    bufferPages: true,
    info: { Title: document.title, Creator: 'Siaga' },
  });
  registerPdfFonts(pdf, 'sans');
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  const width = pdf.page.width - 2 * margin;

  pdf.font('bold').fontSize(10);
  for (const line of document.letterhead) pdf.text(line, { width, align: 'center' });
  pdf.moveDown(0.2);
  pdf
    .moveTo(margin, pdf.y)
    .lineTo(margin + width, pdf.y)
    .lineWidth(1)
    .stroke();
  pdf.moveDown(0.8).font('bold').fontSize(14).text(document.title, { width, align: 'center' });
  if (document.subtitle) pdf.font('regular').fontSize(10).text(document.subtitle, { width, align: 'center' });
  pdf.moveDown(0.6);

  for (const block of document.blocks) {
    pdf.x = margin;
    switch (block.kind) {
      case 'heading':
        pdf.moveDown(0.5).font('bold').fontSize(12).text(block.text, { width });
        pdf.moveDown(0.2);
        break;
      case 'paragraph':
        pdf
          .font(block.bold ? 'bold' : 'regular')
          .fontSize(10)
          .text(block.text, { width });
        pdf.moveDown(0.3);
        break;
      case 'facts':
        pdf.fontSize(10);
        for (const [label, value] of block.rows) {
          const y = pdf.y;
          pdf.font('bold').text(label, margin, y, { width: 110 });
          const afterLabel = pdf.y;
          pdf.font('regular').text(value, margin + 120, y, { width: width - 120 });
          pdf.y = Math.max(pdf.y, afterLabel) + 2;
        }
        pdf.x = margin;
        pdf.moveDown(0.3);
        break;
      case 'bullets':
      case 'numbered':
        pdf
          .font('regular')
          .fontSize(10)
          .list(block.items, { width: width - 10, listType: block.kind === 'bullets' ? 'bullet' : 'numbered' });
        pdf.moveDown(0.3);
        break;
      case 'table':
        pdfTable(pdf, block, margin, width);
        pdf.moveDown(0.6);
        break;
      case 'image': {
        const scale = Math.min(1, width / block.width);
        const height = block.height * scale;
        // Keep a chart and its caption on one page.
        if (pdf.y + height + 30 > pdf.page.height - pdf.page.margins.bottom) pdf.addPage();
        pdf.image(block.png, margin, pdf.y, { width: block.width * scale, height });
        pdf.y += height + 4;
        pdf.font('regular').fontSize(8.5).fillColor('#444444').text(block.caption, margin, pdf.y, { width });
        pdf.fillColor('#000000');
        pdf.moveDown(0.6);
        break;
      }
    }
  }

  // Footers last, on every buffered page: the text and "page n of m".
  const range = pdf.bufferedPageRange();
  for (let index = 0; index < range.count; index++) {
    pdf.switchToPage(range.start + index);
    // Writing below the bottom margin would make pdfkit start a new page: lift the margin first.
    pdf.page.margins.bottom = 0;
    const bottom = pdf.page.height - margin;
    pdf
      .font('regular')
      .fontSize(7.5)
      .fillColor('#555555')
      .text(`${document.footer}  ·  ${index + 1}/${range.count}`, margin, bottom, {
        width,
        align: 'right',
        lineBreak: false,
      });
  }
  pdf.end();
  return done;
}
