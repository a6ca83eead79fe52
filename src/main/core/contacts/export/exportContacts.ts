import type { CoreDeps } from '../../kernel/coreDeps';
import ExcelJS from 'exceljs';
import type { z } from 'zod';
import type { ContactExportFormat, exportContactsSchema } from '../../../../shared/ipc/contacts';
import type { Contact } from '../../../../shared/ipc/contacts';
import type { Actor } from '../../kernel/context';
import { toSafeCsv } from '../../csv/safeCsv';
import { officeToday } from '../../office/officeToday';
import { selectContacts } from '../contactQueries';
import { contactTable } from './contactTable';
import { loadContacts } from './loadContacts';
import { toVcards } from './vcardWriter';
import { documentFileName } from '../../documents/simpleDocument';

type ExportInput = z.output<typeof exportContactsSchema>;

const mimeTypes: Record<ContactExportFormat, string> = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  vcf: 'text/vcard',
};

export async function contactsFile(format: ContactExportFormat, contacts: readonly Contact[]): Promise<Buffer> {
  if (format === 'vcf') return Buffer.from(toVcards(contacts), 'utf8');
  const table = contactTable(contacts);
  if (format === 'csv') return Buffer.from(toSafeCsv(table), 'utf8');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Kontak');
  // Every cell a string cell: a number like +6281… stays text, and nothing is ever a formula.
  for (const row of table) sheet.addRow(row);
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * Exports what a search selects (or the chosen rows of it) as CSV, XLSX or vCard 4.0. Taking
 * personal data out of the app is a processing act: it is audited with the count and the filter,
 * never with the people in it.
 */
export async function exportContacts(deps: CoreDeps, input: ExportInput, actor: Actor) {
  const { db } = deps.store.connection;
  const today = await officeToday(db, deps.now());
  const { filtered } = await selectContacts(db, input.filter, today);
  let ids = (await filtered.select('contact.id').orderBy('contact.full_name').orderBy('contact.id').execute()).map(
    (row) => row.id,
  );
  if (input.ids) {
    const chosen = new Set(input.ids);
    ids = ids.filter((id) => chosen.has(id));
  }
  const contacts = await loadContacts(db, ids);
  const data = await contactsFile(input.format, contacts);
  await deps.write(actor, async (w) => {
    await w.audit('contacts.exported', 'contact_list', input.filter.listId ?? 'all', {
      format: input.format,
      count: contacts.length,
      filtered: Boolean(input.filter.query || input.ids),
    });
  });
  // Named for what it holds: the list or segment, a search, or the rows chosen.
  const list = input.filter.listId
    ? await db.selectFrom('contact_list').select('name').where('id', '=', input.filter.listId).executeTakeFirst()
    : undefined;
  const what = list ? list.name : input.ids ? 'terpilih' : input.filter.query ? 'pencarian' : 'semua';
  return {
    fileName: documentFileName(`kontak ${what} ${today}`, input.format),
    mimeType: mimeTypes[input.format],
    dataBase64: data.toString('base64'),
    count: contacts.length,
  };
}
