import { documentDocx } from './documentDocx';
import { documentPdf } from './documentPdf';
import { documentFileName, type SimpleDocument } from './simpleDocument';

const mimeTypes = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

/** A document written as PDF or DOCX, ready for the file channel (`fileSchema`). */
export async function documentFile(document: SimpleDocument, format: 'pdf' | 'docx', fileWords: string) {
  const data = format === 'pdf' ? await documentPdf(document) : await documentDocx(document);
  return {
    fileName: documentFileName(fileWords, format),
    mimeType: mimeTypes[format],
    dataBase64: data.toString('base64'),
  };
}
