import { z } from 'zod';
import { contactFilterSchema } from './contacts';
import { fileSchema, idSchema } from './fields';

export const contactExportFormats = ['csv', 'xlsx', 'vcf'] as const;
export type ContactExportFormat = (typeof contactExportFormats)[number];

export const exportContactsSchema = z
  .object({
    format: z.enum(contactExportFormats),
    /** What the table shows: a search, a list or segment, or nothing for everyone. */
    filter: contactFilterSchema.prefault({}),
    /** Rows chosen in the table; when given, only these (still within the filter). */
    ids: z.array(idSchema).max(100_000).optional(),
  })
  .strict();
export type ExportContactsInput = z.input<typeof exportContactsSchema>;

export const contactExportFileSchema = fileSchema.extend({ count: z.number().int() });
