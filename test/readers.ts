import mammoth from 'mammoth';
import { PDFParse } from 'pdf-parse';

/** Text of a DOCX as Word would show it, read by mammoth (a real DOCX reader). */
export async function docxText(data: Buffer): Promise<string> {
  const { value } = await mammoth.extractRawText({ buffer: data });
  return value;
}

/** Text of a PDF, page by page, read by pdf.js through pdf-parse; also the page count. */
export async function pdfText(data: Buffer): Promise<{ text: string; pages: number }> {
  const parser = new PDFParse({ data: new Uint8Array(data) });
  try {
    const result = await parser.getText();
    return { text: result.text, pages: result.total };
  } finally {
    await parser.destroy();
  }
}
