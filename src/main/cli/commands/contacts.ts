import { commandDeps, withCore } from '../cliCore';
import type { StorePlace } from '../storePlace';
import { readFile, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { contactExportFormats, type ContactExportFormat } from '../../../shared/ipc/contacts';
import { importFields, runImportSchema, type ImportField } from '../../../shared/ipc/contactImport';
import { contactFilterSchema } from '../../../shared/ipc/contacts';
import { commandLineActor } from '../../core/kernel/context';
import { CoreError } from '../../core/kernel/errors';
import { exportContacts } from '../../core/contacts/export/exportContacts';
import { headerKey } from '../../core/contacts/import/headerMapping';
import { officeToday } from '../../core/office/officeToday';
import { createImportService } from '../../core/contacts/import/importService';
import { CommandFailed, UsageError, type CliIo } from '../io';

export interface ContactsOptions {
  map?: string | undefined;
  dryRun?: boolean | undefined;
  duplicates?: string | undefined;
  lawfulBasis?: string | undefined;
  source?: string | undefined;
  format?: string | undefined;
  list?: string | undefined;
  out?: string | undefined;
}

/** `--map` file: header (as written, or any spelling with the same key) → field, or null to ignore. */
const mapFileSchema = z.record(z.string(), z.enum(importFields).nullable());

const describe = (error: unknown): never => {
  if (error instanceof CoreError) {
    throw new CommandFailed(`${error.message}${error.details?.reason ? ` (${error.details.reason})` : ''}`);
  }
  throw error;
};

/**
 * `siaga contacts import FILE` and `siaga contacts export`: the same import and export the app
 * runs, for scripted migrations from another address book. Recorded in the audit trail as the
 * command line.
 */
export async function contactsCommand(
  place: StorePlace,
  action: string | undefined,
  file: string | undefined,
  options: ContactsOptions,
  io: CliIo,
): Promise<void> {
  if (action !== 'import' && action !== 'export') throw new UsageError('contacts needs one of: import, export');
  if (action === 'import' && !file) throw new UsageError('contacts import needs a FILE');
  if (action === 'export') {
    if (file !== undefined) throw new UsageError(`Unexpected argument: ${file}`);
    if (!options.format || !(contactExportFormats as readonly string[]).includes(options.format)) {
      throw new UsageError(`contacts export needs --format ${contactExportFormats.join('|')}`);
    }
    if (!options.out) throw new UsageError('contacts export needs --out FILE');
  }
  let remembered: Record<string, ImportField | null> = {};
  if (options.map) {
    const parsed = mapFileSchema.safeParse(JSON.parse(await readFile(options.map, 'utf8').catch(() => '""')));
    if (!parsed.success)
      throw new UsageError(`--map must be a JSON object of header → one of ${importFields.join(', ')} or null`);
    remembered = Object.fromEntries(Object.entries(parsed.data).map(([header, field]) => [headerKey(header), field]));
  }

  await withCore(place, async (core) => {
    const now = () => new Date();
    if (action === 'export') {
      const { db } = core.store.connection;
      let listId: string | undefined;
      if (options.list) {
        const list = await db
          .selectFrom('contact_list')
          .select('id')
          .where('name', '=', options.list)
          .where('archived_at', 'is', null)
          .executeTakeFirst();
        if (!list) throw new CommandFailed(`No list named "${options.list}"`);
        listId = list.id;
      }
      const exported = await exportContacts(
        commandDeps(core, now),
        { format: options.format as ContactExportFormat, filter: contactFilter(listId) },
        commandLineActor,
      ).catch(describe);
      await writeFile(options.out as string, Buffer.from(exported.dataBase64, 'base64'));
      io.out(`${exported.count} contacts written to ${options.out}`);
      return;
    }

    const imports = createImportService(commandDeps(core, now));
    const data = await readFile(file as string).catch(() => {
      throw new CommandFailed(`Cannot read ${file}`);
    });
    const preview = await imports.open(file as string, data, commandLineActor).catch(describe);
    const mapping = preview.headers.map((header, index) => {
      const key = headerKey(header);
      return key in remembered ? (remembered[key] ?? null) : (preview.mapping[index] ?? null);
    });
    const input = runImportSchema.safeParse({
      importId: preview.importId,
      mapping,
      dryRun: Boolean(options.dryRun),
      duplicateAction: options.duplicates ?? 'skip',
      defaults: {
        lawfulBasis: options.lawfulBasis ?? 'public_task',
        dataSource: options.source ?? `Impor berkas ${file}`,
        collectedOn: await officeToday(core.store.connection.db, now()),
        outletType: 'online',
      },
      rememberMapping: false,
    });
    if (!input.success)
      throw new UsageError(`Bad option: ${input.error.issues.map((issue) => issue.path.join('.')).join(', ')}`);
    const report = await imports.run(input.data, commandLineActor).catch(describe);
    io.out(JSON.stringify({ file, format: preview.format, encoding: preview.encoding, mapping, ...report }, null, 2));
  });
}

/** Everyone (inactive people too: an export is a copy of the address book), or one list's members. */
const contactFilter = (listId: string | undefined) =>
  contactFilterSchema.parse({ includeInactive: true, ...(listId ? { listId } : {}) });
