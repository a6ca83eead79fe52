import { z } from 'zod';
import { lawfulBases, outletTypes } from '../contacts/vocabulary';
import { idSchema, requiredLine } from './fields';

/** The largest contact file an import opens: 100,000 journalists in CSV are about 15 MB. */
export const maxImportBytes = 64 * 1024 * 1024;

/**
 * What one import may hold once read, whatever the file's size on disk: a spreadsheet of
 * 25 MB can inflate to hundreds of megabytes and a million rows. Reading stops at the first limit
 * passed and the person is told which, with the number.
 */
export const importLimits = {
  /** Data rows (the header row apart). An office's media contacts are a few thousand. */
  maxRows: 100_000,
  /** Columns in a row. */
  maxColumns: 200,
  /** Characters in one cell (Excel's own limit is 32,767). */
  maxCellChars: 32_767,
  /** An XLSX's entries inflated, counted as they are produced. */
  maxInflatedBytes: 200 * 1024 * 1024,
};

/** Columns an import can fill. Several e-mail or phone columns may map to the same field. */
export const importFields = [
  'fullName',
  'outlet',
  'position',
  'email',
  'phone',
  'whatsapp',
  'beats',
  'regions',
  'language',
  'accreditationNumber',
  'accreditationExpiry',
  'social',
  'tags',
  'notes',
  'lawfulBasis',
  'source',
  'collectedOn',
  'consentRecord',
  'retainUntil',
  'preferredChannel',
  'doNotContact',
  'active',
] as const;
export type ImportField = (typeof importFields)[number];

export const importFormats = ['csv', 'xlsx', 'vcard'] as const;
export const duplicateActions = ['merge', 'skip', 'create'] as const;
export type DuplicateAction = (typeof duplicateActions)[number];
export const importOutcomes = ['created', 'merged', 'skipped', 'failed'] as const;
export type ImportOutcome = (typeof importOutcomes)[number];

export const openImportSchema = z
  .object({
    fileName: requiredLine(260),
    // Base64 of at most maxImportBytes; the exact size is checked after decoding.
    dataBase64: z.string().max(Math.ceil(maxImportBytes / 3) * 4 + 4, { error: 'file_too_large' }),
  })
  .strict();

export const importPreviewSchema = z.object({
  importId: z.string(),
  fileName: z.string(),
  format: z.enum(importFormats),
  /** The encoding and delimiter found (CSV only). */
  encoding: z.string().nullable(),
  delimiter: z.string().nullable(),
  /** Column headers; empty for vCard, whose fields are known. */
  headers: z.array(z.string()),
  /** The suggested field per column (remembered mappings first, then Indonesian/English synonyms). */
  mapping: z.array(z.enum(importFields).nullable()),
  sampleRows: z.array(z.array(z.string())),
  rowCount: z.number().int(),
});
export type ImportPreview = z.output<typeof importPreviewSchema>;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'date_format' });

export const runImportSchema = z
  .object({
    importId: idSchema,
    /** One entry per header (ignored for vCard). */
    mapping: z.array(z.enum(importFields).nullable()).max(500),
    dryRun: z.boolean(),
    /** What to do with a row that matches someone already there, unless `rowActions` says otherwise. */
    duplicateAction: z.enum(duplicateActions).default('skip'),
    /** Per-row choices by line number, from the dry run's list of duplicates. */
    rowActions: z.record(z.string().regex(/^\d+$/), z.enum(duplicateActions)).default({}),
    /** The personal-data record for rows whose file says nothing about it. */
    defaults: z
      .object({
        lawfulBasis: z.enum(lawfulBases),
        dataSource: requiredLine(300),
        collectedOn: day,
        /** The type of an outlet the file names but the address book does not have yet. */
        outletType: z.enum(outletTypes),
      })
      .strict(),
    rememberMapping: z.boolean().default(true),
  })
  .strict();
export type RunImportInput = z.input<typeof runImportSchema>;
export type RunImport = z.output<typeof runImportSchema>;

export const importRowReportSchema = z.object({
  line: z.number().int(),
  name: z.string(),
  outcome: z.enum(importOutcomes),
  /** Codes, translated under `contacts.import.problem.`; a warning does not stop the row. */
  problems: z.array(z.object({ code: z.string(), value: z.string() })),
  duplicate: z
    .object({ id: z.string().nullable(), name: z.string(), reason: z.enum(['email', 'phone', 'name_outlet']) })
    .nullable(),
});
export type ImportRowReport = z.output<typeof importRowReportSchema>;

export const importReportSchema = z.object({
  importId: z.string(),
  dryRun: z.boolean(),
  totals: z.object({
    rows: z.number().int(),
    created: z.number().int(),
    merged: z.number().int(),
    skipped: z.number().int(),
    failed: z.number().int(),
    outletsCreated: z.number().int(),
  }),
  /** Rows worth a look (every one that was not simply created, or had a warning), at most 2,000. */
  rows: z.array(importRowReportSchema),
  /** How many such rows did not fit; the downloadable report has all. */
  rowsOmitted: z.number().int(),
});
export type ImportReport = z.output<typeof importReportSchema>;

export const importIdSchema = z.object({ importId: idSchema }).strict();
/** The report file in the reader's language. */
export const importReportRequestSchema = z
  .object({ importId: idSchema, language: z.enum(['id', 'en']).default('id') })
  .strict();
export const importReportFileSchema = z.object({ fileName: z.string(), csv: z.string() });

export const importPhases = ['reading', 'checking', 'writing'] as const;
export const importProgressSchema = z.object({
  importId: z.string(),
  phase: z.enum(importPhases),
  done: z.number().int(),
  total: z.number().int(),
});
