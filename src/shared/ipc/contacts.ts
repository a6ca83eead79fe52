import { z } from 'zod';
import { isValidEmail } from '../contacts/email';
import { isRegionCode } from '../contacts/regions';
import {
  beats,
  lawfulBases,
  optOutChannels,
  outletTypes,
  positions,
  preferredChannels,
  socialPlatforms,
} from '../contacts/vocabulary';
import { fileSchema, idSchema, line, noInput, required, requiredLine, text } from './fields';
import { read, write, type DomainChannels, type DomainEvents } from './channelSpec';
import { emptyResultSchema } from './accounts';
import {
  importIdSchema,
  importPreviewSchema,
  importProgressSchema,
  importReportFileSchema,
  importReportRequestSchema,
  importReportSchema,
  openImportSchema,
  runImportSchema,
} from './contactImport';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'date_format' });
/** A Kemendagri region code (province, regency, district) the app knows. */
export const regionCode = z.string().refine(isRegionCode, { error: 'region_unknown' });
/** An e-mail address as the office writes it: trimmed, lower case, checked. */
export const emailAddress = z.string().trim().toLowerCase().refine(isValidEmail, { error: 'email_format' });

export const outletInputSchema = z
  .object({
    name: requiredLine(200),
    type: z.enum(outletTypes),
    mediaGroup: line(200),
    regionCode: regionCode.nullable(),
    website: line(300),
    phone: line(40),
    email: z.union([z.literal(''), emailAddress]),
    notes: text(4000),
  })
  .strict();
export type OutletInput = z.input<typeof outletInputSchema>;

export const outletSchema = outletInputSchema.extend({
  id: z.string(),
  contactCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  archived: z.boolean(),
});
export type Outlet = z.output<typeof outletSchema>;

export const contactInputSchema = z
  .object({
    fullName: requiredLine(200),
    affiliations: z
      .array(z.object({ outletId: idSchema, position: z.enum(positions), primary: z.boolean() }).strict())
      .max(10, { error: 'too_many' }),
    emails: z.array(z.object({ address: emailAddress, primary: z.boolean() }).strict()).max(10, { error: 'too_many' }),
    /** As typed; the core normalises each to E.164 (+62 by default) or reports it. */
    phones: z
      .array(
        z.object({ number: requiredLine(40), whatsapp: z.boolean(), label: line(40), primary: z.boolean() }).strict(),
      )
      .max(10, { error: 'too_many' }),
    socials: z
      .array(z.object({ platform: z.enum(socialPlatforms), handle: requiredLine(200) }).strict())
      .max(10, { error: 'too_many' }),
    beats: z.array(z.enum(beats)).max(beats.length),
    regions: z.array(regionCode).max(50, { error: 'too_many' }),
    tags: z.array(z.string().trim().toLowerCase().min(1).max(40, { error: 'too_long' })).max(30, { error: 'too_many' }),
    language: z.string().regex(/^[a-z]{2}$/, { error: 'language_format' }),
    accreditationNumber: line(60),
    accreditationExpiry: day.nullable(),
    preferredChannel: z.enum(preferredChannels),
    notes: text(4000),
    active: z.boolean(),
    doNotContact: z.boolean(),
    // Personal-data record (UU 27/2022): why we may hold this, where it came from, until when.
    lawfulBasis: z.enum(lawfulBases),
    dataSource: requiredLine(300),
    collectedOn: day,
    consentRecord: text(1000),
    retainUntil: day.nullable(),
    /**
     * The person was erased at their request and now asks to be added again: stored on their new
     * consent (lawful basis `consent`). Without it, an erased person's address or number is refused.
     */
    returnsAfterErasure: z.boolean().default(false),
  })
  .strict();
export type ContactInput = z.input<typeof contactInputSchema>;
export type ContactFields = z.output<typeof contactInputSchema>;

export const contactSchema = z.object({
  id: z.string(),
  fullName: z.string(),
  affiliations: z.array(
    z.object({ outletId: z.string(), outletName: z.string(), position: z.enum(positions), primary: z.boolean() }),
  ),
  emails: z.array(z.object({ address: z.string(), primary: z.boolean() })),
  phones: z.array(z.object({ e164: z.string(), whatsapp: z.boolean(), label: z.string(), primary: z.boolean() })),
  socials: z.array(z.object({ platform: z.enum(socialPlatforms), handle: z.string() })),
  beats: z.array(z.enum(beats)),
  regions: z.array(z.string()),
  tags: z.array(z.string()),
  language: z.string(),
  accreditationNumber: z.string(),
  accreditationExpiry: z.string().nullable(),
  preferredChannel: z.enum(preferredChannels),
  notes: z.string(),
  active: z.boolean(),
  doNotContact: z.boolean(),
  /** The person's own request to receive nothing more, while it stands (do-not-contact still set). */
  optOut: z.object({ at: z.string(), via: z.enum(optOutChannels) }).nullable(),
  lastContactedAt: z.string().nullable(),
  lawfulBasis: z.enum(lawfulBases),
  dataSource: z.string(),
  collectedOn: z.string(),
  consentRecord: z.string(),
  retainUntil: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Contact = z.output<typeof contactSchema>;

export const contactSummarySchema = z.object({
  id: z.string(),
  fullName: z.string(),
  outlet: z.string().nullable(),
  position: z.enum(positions).nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  beats: z.array(z.string()),
  doNotContact: z.boolean(),
  active: z.boolean(),
  retainUntil: z.string().nullable(),
  updatedAt: z.string(),
});
export type ContactSummary = z.output<typeof contactSummarySchema>;

export const contactFilterSchema = z
  .object({
    query: text(200).default(''),
    outletTypes: z.array(z.enum(outletTypes)).default([]),
    beats: z.array(z.enum(beats)).default([]),
    regions: z.array(regionCode).default([]),
    tags: z.array(z.string().trim().toLowerCase()).default([]),
    languages: z.array(z.string().regex(/^[a-z]{2}$/)).default([]),
    accreditation: z.enum(['any', 'valid', 'expired', 'none']).default('any'),
    includeInactive: z.boolean().default(false),
    /** Only people whose retain-until date has passed: the review queue (UU 27/2022 retention). */
    retentionDue: z.boolean().default(false),
    /** Only the members of this list (a static list's members, or a segment's saved filter). */
    listId: idSchema.optional(),
  })
  .strict();
export type ContactFilter = z.input<typeof contactFilterSchema>;

export const contactQuerySchema = contactFilterSchema
  .extend({
    sort: z.enum(['name_asc', 'updated_desc', 'relevance']).default('name_asc'),
    limit: z.number().int().min(1).max(1000).default(100),
    offset: z.number().int().min(0).default(0),
  })
  .strict();

export const contactPageSchema = z.object({ items: z.array(contactSummarySchema), total: z.number().int() });

export const updateContactSchema = z.object({ id: idSchema, contact: contactInputSchema }).strict();

/** A person's request to receive nothing more, as the desk received it. */
export const recordOptOutSchema = z.object({ id: idSchema, via: z.enum(optOutChannels) }).strict();
export const updateOutletSchema = z.object({ id: idSchema, outlet: outletInputSchema }).strict();
export const contactIdSchema = z.object({ id: idSchema }).strict();

export const eraseContactSchema = z.object({ id: idSchema, reason: required(500) }).strict();
export const personalDataRequestSchema = z
  .object({
    id: idSchema,
    format: z.enum(['json', 'pdf']).default('json'),
    language: z.enum(['id', 'en']).default('id'),
  })
  .strict();

/** A segment's saved filter: the same fields as a search, without paging or a list of its own. */
export const segmentFilterSchema = contactFilterSchema.omit({ listId: true });

export const contactListKinds = ['static', 'segment'] as const;

export const saveContactListSchema = z
  .object({
    id: idSchema.nullable().default(null),
    name: requiredLine(120),
    kind: z.enum(contactListKinds),
    description: text(1000),
    filter: segmentFilterSchema.nullable().default(null),
  })
  .strict()
  .refine((list) => list.kind === 'static' || list.filter !== null, {
    error: 'segment_filter_required',
    path: ['filter'],
  });

export const contactListSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(contactListKinds),
  description: z.string(),
  filter: segmentFilterSchema.nullable(),
  count: z.number().int(),
  updatedAt: z.string(),
});
export type ContactList = z.output<typeof contactListSchema>;

export const listMembershipSchema = z
  .object({ listId: idSchema, contactIds: z.array(idSchema).min(1).max(10_000, { error: 'too_many' }) })
  .strict();

/** One change to many contacts at once, from the table's selection. */
export const bulkUpdateContactsSchema = z
  .object({
    ids: z.array(idSchema).min(1).max(10_000, { error: 'too_many' }),
    addTags: z
      .array(z.string().trim().toLowerCase().min(1).max(40, { error: 'too_long' }))
      .max(10)
      .default([]),
    removeTags: z.array(z.string().trim().toLowerCase().min(1).max(40)).max(10).default([]),
    doNotContact: z.boolean().optional(),
  })
  .strict()
  .refine((input) => input.addTags.length > 0 || input.removeTags.length > 0 || input.doNotContact !== undefined, {
    error: 'nothing_to_change',
    path: ['ids'],
  });

// Exports: a bulk copy of personal data leaving the app.
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

/** The contacts channels: schemas and who may call (see channelSpec.ts). */
export const contactChannels = {
  'contacts.outlets': { input: noInput, output: z.array(outletSchema), policy: read('contacts.view') },
  'contacts.createOutlet': { input: outletInputSchema, output: outletSchema, policy: write('contacts.manage') },
  'contacts.updateOutlet': { input: updateOutletSchema, output: outletSchema, policy: write('contacts.manage') },
  'contacts.list': { input: contactQuerySchema, output: contactPageSchema, policy: read('contacts.view') },
  'contacts.get': { input: contactIdSchema, output: contactSchema, policy: read('contacts.view') },
  'contacts.create': { input: contactInputSchema, output: contactSchema, policy: write('contacts.manage') },
  'contacts.update': { input: updateContactSchema, output: contactSchema, policy: write('contacts.manage') },
  'contacts.recordOptOut': { input: recordOptOutSchema, output: contactSchema, policy: write('contacts.manage') },
  'contacts.exportPersonalData': {
    input: personalDataRequestSchema,
    output: fileSchema,
    policy: write('contacts.manage'),
  },
  'contacts.erase': { input: eraseContactSchema, output: emptyResultSchema, policy: write('contacts.erase') },
  'contacts.lists': { input: noInput, output: z.array(contactListSchema), policy: read('contacts.view') },
  'contacts.saveList': { input: saveContactListSchema, output: contactListSchema, policy: write('contacts.manage') },
  'contacts.archiveList': { input: contactIdSchema, output: emptyResultSchema, policy: write('contacts.manage') },
  'contacts.addToList': {
    input: listMembershipSchema,
    output: z.object({ changed: z.number().int() }),
    policy: write('contacts.manage'),
  },
  'contacts.removeFromList': {
    input: listMembershipSchema,
    output: z.object({ changed: z.number().int() }),
    policy: write('contacts.manage'),
  },
  'contacts.importOpen': { input: openImportSchema, output: importPreviewSchema, policy: write('contacts.manage') },
  'contacts.importRun': { input: runImportSchema, output: importReportSchema, policy: write('contacts.manage') },
  'contacts.importCancel': {
    input: importIdSchema,
    output: z.object({ cancelled: z.boolean() }),
    policy: write('contacts.manage'),
  },
  'contacts.importReport': {
    input: importReportRequestSchema,
    output: importReportFileSchema,
    policy: read('contacts.manage'),
  },
  // Audited (a bulk copy of personal data leaves the app), hence a write.
  'contacts.export': { input: exportContactsSchema, output: contactExportFileSchema, policy: write('contacts.manage') },
  'contacts.bulkUpdate': {
    input: bulkUpdateContactsSchema,
    output: z.object({ changed: z.number().int() }),
    policy: write('contacts.manage'),
  },
} as const satisfies DomainChannels<'contacts'>;

/** What the contacts domain pushes, and which cached answers each event makes stale. */
export const contactEvents = {
  /** A contact changed (null: outlets or lists). */
  'contacts.changed': {
    payload: z.object({ contactId: z.string().nullable() }),
    invalidates: ['contacts.list', 'contacts.get', 'contacts.outlets', 'contacts.lists', 'audit.list', 'audit.head'],
  },
  /** An import's progress (the wizard shows it; only its own import id matters to it). */
  // Progress is read by the import wizard itself; it makes nothing stale.
  'contacts.importProgress': {
    payload: importProgressSchema,
    invalidates: [],
  },
} as const satisfies DomainEvents<'contacts'>;
