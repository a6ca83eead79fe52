import type PDFDocument from 'pdfkit';
import type { DocumentBlock } from './simpleDocument';

type Table = Extract<DocumentBlock, { kind: 'table' }>;
type Pdf = InstanceType<typeof PDFDocument>;

const padX = 4;
const padY = 3;
const fontSize = 9;

/**
 * A table drawn cell by cell: each row as tall as its tallest cell, a new page when the next row
 * does not fit, the header row repeated on top of every page. (pdfkit 0.20's own `table()` took
 * about 25 ms a row, 15 seconds for a 400-entry crisis timeline; this measures each cell once.)
 */
export function pdfTable(pdf: Pdf, table: Table, left: number, width: number): void {
  const total = table.columns.reduce((sum, column) => sum + column.width, 0);
  const widths = table.columns.map((column) => (width * column.width) / total);
  const pageBottom = () => pdf.page.height - pdf.page.margins.bottom;
  const pageRoom = () => pageBottom() - pdf.page.margins.top;
  const heightOf = (cells: string[], font: 'regular' | 'bold') => {
    pdf.font(font).fontSize(fontSize);
    const tallest = Math.max(
      ...cells.map((text, index) => pdf.heightOfString(text || ' ', { width: (widths[index] ?? 0) - 2 * padX })),
    );
    return tallest + 2 * padY;
  };
  const drawRow = (cells: string[], top: number, height: number, header: boolean) => {
    let x = left;
    pdf.font(header ? 'bold' : 'regular').fontSize(fontSize);
    for (const [index, cellWidth] of widths.entries()) {
      if (header) pdf.rect(x, top, cellWidth, height).fill('#eeeeee');
      pdf.rect(x, top, cellWidth, height).lineWidth(0.5).strokeColor('#777777').stroke();
      pdf.fillColor('#000000').text(cells[index] ?? '', x + padX, top + padY, {
        width: cellWidth - 2 * padX,
        // A cell taller than a page is cut at the page, never spilled onto a new one.
        height: height - 2 * padY,
        ellipsis: true,
      });
      x += cellWidth;
    }
  };

  const labels = table.columns.map((column) => column.label);
  const headerHeight = heightOf(labels, 'bold');
  let top = pdf.y;
  if (top + headerHeight * 2 > pageBottom()) {
    pdf.addPage();
    top = pdf.page.margins.top;
  }
  drawRow(labels, top, headerHeight, true);
  top += headerHeight;
  for (const row of table.rows) {
    const height = Math.min(Math.max(heightOf(row, 'regular'), table.rowHeight ?? 0), pageRoom() - headerHeight);
    if (top + height > pageBottom()) {
      pdf.addPage();
      top = pdf.page.margins.top;
      drawRow(labels, top, headerHeight, true);
      top += headerHeight;
    }
    drawRow(row, top, height, false);
    top += height;
  }
  pdf.strokeColor('#000000');
  pdf.x = left;
  pdf.y = top;
}
