import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
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

/** Who prints the paperwork and in which zone its times are read: the office profile. */
export async function documentOffice(db: Kysely<Database>) {
  const office = await db
    .selectFrom('office')
    .select(['agency_name', 'unit_name', 'time_zone'])
    .executeTakeFirstOrThrow();
  return { agencyName: office.agency_name, unitName: office.unit_name, timeZone: office.time_zone };
}
