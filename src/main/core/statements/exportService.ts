import type { Kysely } from 'kysely';
import type { ExportFormat } from '../../../shared/ipc/statements';
import { renderHtml } from '../../../shared/statements/outputs/htmlOutput';
import type { OutputInput, OutputPerson } from '../../../shared/statements/outputs/statementDocument';
import { renderText } from '../../../shared/statements/outputs/textOutput';
import { renderWhatsApp } from '../../../shared/statements/outputs/whatsappOutput';
import { renderXThread } from '../../../shared/statements/outputs/xThreadOutput';
import type { Database } from '../db/schema';
import { notFound } from '../kernel/errors';
import { documentFileName } from '../documents/simpleDocument';
import { renderDocx } from './outputs/docxOutput';
import { renderPdf } from './outputs/pdfOutput';
import { sanitizeHtmlDocument } from './outputs/sanitizeHtml';
import { findStatementRow, parseContent } from './statementRepository';

const approvedStatuses = ['approved', 'released', 'corrected', 'retracted'];

async function person(db: Kysely<Database>, id: string | null): Promise<OutputPerson | null> {
  if (!id) return null;
  const row = await db
    .selectFrom('account')
    .select(['full_name', 'position', 'phone', 'email'])
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? { fullName: row.full_name, position: row.position, phone: row.phone, email: row.email } : null;
}

/** Gathers what an output is a function of: the revision, the office profile and the people it names. */
export async function outputInput(
  db: Kysely<Database>,
  statementId: string,
  revisionId?: string,
): Promise<OutputInput> {
  const row = await findStatementRow(db, statementId);
  if (!row) throw notFound('statement', statementId);
  const revision = await db
    .selectFrom('statement_revision')
    .selectAll()
    .where('statement_id', '=', statementId)
    .where('id', '=', revisionId ?? row.current_revision_id)
    .executeTakeFirst();
  if (!revision) throw notFound('revision', revisionId ?? row.current_revision_id);
  const content = parseContent(revision.content_json);
  const office = await db.selectFrom('office').selectAll().executeTakeFirstOrThrow();
  // Approved means this exact revision carries the final approval: an older revision of an approved
  // statement, or the current one of a statement still in review, prints as DRAF.
  const approved = approvedStatuses.includes(row.status) && revision.id === row.current_revision_id;
  const finalApproval = approved
    ? await db
        .selectFrom('statement_approval')
        .select('decided_at')
        .where('revision_id', '=', revision.id)
        .where('outcome', '=', 'approved')
        .orderBy('decided_at', 'desc')
        .executeTakeFirst()
    : undefined;
  const corrects = row.corrects_id ? await findStatementRow(db, row.corrects_id) : undefined;
  return {
    content,
    office: {
      agencyName: office.agency_name,
      unitName: office.unit_name,
      address: office.address,
      phone: office.phone,
      email: office.email,
      website: office.website,
      timeZone: office.time_zone,
      logo: office.logo_mime && office.logo_data ? { mimeType: office.logo_mime, data: office.logo_data } : null,
    },
    number: approved ? row.number : null,
    approved,
    issuedAt: finalApproval?.decided_at ?? revision.created_at,
    spokesperson: await person(db, content.spokespersonId),
    mediaContact: await person(db, content.mediaContactId),
    corrects: corrects ? { number: corrects.number, title: corrects.title } : null,
  };
}

const mimeTypes: Record<ExportFormat, string> = {
  html: 'text/html',
  txt: 'text/plain',
  whatsapp: 'text/plain',
  x: 'text/plain',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};
const extensions: Record<ExportFormat, string> = {
  html: 'html',
  txt: 'txt',
  whatsapp: 'whatsapp.txt',
  x: 'x-thread.txt',
  docx: 'docx',
  pdf: 'pdf',
};

/** One output of a revision as a file. */
export async function renderOutput(input: OutputInput, format: ExportFormat): Promise<Buffer> {
  switch (format) {
    case 'html': {
      const logo = input.office.logo
        ? `data:${input.office.logo.mimeType};base64,${Buffer.from(input.office.logo.data).toString('base64')}`
        : null;
      return Buffer.from(await sanitizeHtmlDocument(renderHtml(input, logo)), 'utf8');
    }
    case 'txt':
      return Buffer.from(renderText(input), 'utf8');
    case 'whatsapp':
      return Buffer.from(renderWhatsApp(input), 'utf8');
    case 'x':
      return Buffer.from(renderXThread(input).join('\n\n---\n\n') + '\n', 'utf8');
    case 'docx':
      return renderDocx(input);
    case 'pdf':
      return renderPdf(input);
  }
}

/** A file name people recognise: number (or "draf"), then the title, made safe for every file system. */
export function exportFileName(input: OutputInput, format: ExportFormat): string {
  const words = [input.number ?? (input.approved ? '' : 'DRAF'), input.content.title].filter(Boolean).join(' ');
  return documentFileName(words, extensions[format], 'pernyataan');
}

export async function exportStatement(
  db: Kysely<Database>,
  statementId: string,
  format: ExportFormat,
  revisionId?: string,
) {
  const input = await outputInput(db, statementId, revisionId);
  const data = await renderOutput(input, format);
  return {
    fileName: exportFileName(input, format),
    mimeType: mimeTypes[format],
    dataBase64: data.toString('base64'),
    draft: !input.approved,
  };
}
