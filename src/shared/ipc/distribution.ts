import { z } from 'zod';
import {
  attachmentChoices,
  capCategories,
  capCertainties,
  capMsgTypes,
  capSeverities,
  capUrgencies,
  distributionChannels as releaseMedia,
  distributionStatuses,
  outboxStatuses,
  smtpSecurityModes,
} from '../distribution/vocabulary';
import { isoInstantSchema } from '../time/zonedInstant';
import { isValidEmail, normalizeEmail } from '../contacts/email';
import { fileSchema, idInput, idSchema, line, noInput, required, requiredLine, text } from './fields';
import { read, signedInRead, write, type DomainChannels, type DomainEvents } from './channelSpec';
import { armReleaseSchema } from './releasePlan';
import { statementSchema } from './statements';

const email = z
  .string()
  .trim()
  .max(254, { error: 'too_long' })
  .transform(normalizeEmail)
  .refine(isValidEmail, { error: 'email_format' });
const optionalEmail = z
  .string()
  .trim()
  .max(254, { error: 'too_long' })
  .transform(normalizeEmail)
  .refine((value) => value === '' || isValidEmail(value), { error: 'email_format' });
/** A host name or IP address: no spaces, no scheme, no path (a URL pasted here is a mistake). */
const hostName = required(253).regex(/^[A-Za-z0-9.-]+$|^\[?[0-9A-Fa-f:.]+\]?$/, { error: 'host_format' });
/** Null: no limit. */
const limit = (max: number) => z.number().int().min(1).max(max).nullable();

/** What a new office's mail settings start with (see the schema below). */
export const defaultMailLimits = { perMinute: 600, perDay: 10_000 } as const;

export const mailSettingsInputSchema = z
  .object({
    host: hostName,
    port: z.number().int().min(1).max(65535),
    security: z.enum(smtpSecurityModes),
    username: line(254),
    /** undefined: keep the stored password; '': forget it; anything else: the new password. */
    password: z.string().max(1000, { error: 'too_long' }).optional(),
    fromName: requiredLine(200),
    fromAddress: email,
    replyTo: optionalEmail,
    // An office relay takes a crisis release of a few hundred journalists in seconds; a stricter
    // provider (a mailbox service's SMTP) is set here. Defaults: 600 a minute, 10,000 a day.
    perMinute: limit(10_000).default(defaultMailLimits.perMinute),
    perDay: limit(1_000_000).default(defaultMailLimits.perDay),
    retryHours: z.number().int().min(1).max(168).default(24),
  })
  .strict();
export type MailSettingsInput = z.input<typeof mailSettingsInputSchema>;

export const mailSettingsSchema = z.object({
  configured: z.boolean(),
  host: z.string(),
  port: z.number().int(),
  security: z.enum(smtpSecurityModes),
  username: z.string(),
  hasPassword: z.boolean(),
  fromName: z.string(),
  fromAddress: z.string(),
  replyTo: z.string(),
  perMinute: z.number().int().nullable(),
  perDay: z.number().int().nullable(),
  retryHours: z.number().int(),
  updatedAt: z.string().nullable(),
});
export type MailSettings = z.output<typeof mailSettingsSchema>;

export const testMailSchema = z.object({ to: email }).strict();
export const testMailResultSchema = z.object({
  delivered: z.boolean(),
  /** A send reason (smtpUnreachable, smtpAuth, smtpTls, rejected ...) when not delivered. */
  reason: z.string().nullable(),
  /** The server's or the network's own words, for the administrator. */
  detail: z.string().nullable(),
});

export const audienceSchema = z
  .object({
    /** Static lists and segments alike; a segment is resolved at the moment the job is created. */
    listIds: z.array(idSchema).max(200).default([]),
    contactIds: z.array(idSchema).max(10_000).default([]),
  })
  .strict();
export type Audience = z.input<typeof audienceSchema>;

export const capParamsSchema = z
  .object({
    msgType: z.enum(capMsgTypes).default('Alert'),
    /** Earlier alerts this one updates or cancels: their CAP identifiers. */
    references: z.array(z.string().max(500)).max(50).default([]),
    category: z.enum(capCategories).default('Other'),
    event: line(200).default(''),
    urgency: z.enum(capUrgencies).default('Unknown'),
    severity: z.enum(capSeverities).default('Unknown'),
    certainty: z.enum(capCertainties).default('Unknown'),
    instruction: text(2000).default(''),
    /** Region codes (provinces, regencies) of the affected area. */
    areas: z
      .array(z.string().regex(/^\d{2}(\.\d{2})?$/, { error: 'region_format' }))
      .max(100)
      .default([]),
  })
  .strict();
export type CapParams = z.output<typeof capParamsSchema>;

export const createDistributionSchema = z
  .object({
    /** Made once per opening of the dialog: sending the same request twice makes one job. */
    requestId: idSchema,
    statementId: idSchema,
    /** The revision the person saw in the preview: if the statement moved on, the core refuses. */
    revisionId: idSchema,
    channels: z.array(z.enum(releaseMedia)).min(1, { error: 'required' }),
    audience: audienceSchema.default({ listIds: [], contactIds: [] }),
    attachment: z.enum(attachmentChoices).default('none'),
    /** null: now (or at the embargo time, whichever is later). */
    sendAt: isoInstantSchema.nullable().default(null),
  })
  .strict();
export type CreateDistribution = z.input<typeof createDistributionSchema>;

export const previewInputSchema = z
  .object({ statementId: idSchema, audience: audienceSchema.default({ listIds: [], contactIds: [] }) })
  .strict();

export const outboxCountsSchema = z.object(
  Object.fromEntries(outboxStatuses.map((status) => [status, z.number().int()])) as Record<
    (typeof outboxStatuses)[number],
    z.ZodNumber
  >,
);
export type OutboxCounts = z.output<typeof outboxCountsSchema>;

export const distributionSchema = z.object({
  id: z.string(),
  statementId: z.string(),
  statementNumber: z.string().nullable(),
  statementTitle: z.string(),
  revisionNo: z.number().int(),
  revisionHash: z.string(),
  channels: z.array(z.enum(releaseMedia)),
  attachment: z.enum(attachmentChoices),
  status: z.enum(distributionStatuses),
  pauseReason: z.string().nullable(),
  pauseDetail: z.string().nullable(),
  resumeAt: z.string().nullable(),
  notBefore: z.string(),
  deadlineAt: z.string(),
  createdBy: z.object({ id: z.string(), fullName: z.string() }),
  createdAt: z.string(),
  completedAt: z.string().nullable(),
  total: z.number().int(),
  counts: outboxCountsSchema,
});
export type Distribution = z.output<typeof distributionSchema>;

export const recipientSchema = z.object({
  id: z.string(),
  contactId: z.string().nullable(),
  /** null after the person was erased. */
  name: z.string().nullable(),
  address: z.string().nullable(),
  status: z.enum(outboxStatuses),
  attempts: z.number().int(),
  lastAttemptAt: z.string().nullable(),
  nextAttemptAt: z.string().nullable(),
  sentAt: z.string().nullable(),
  reason: z.string().nullable(),
  reply: z.string().nullable(),
  messageId: z.string(),
});
export type Recipient = z.output<typeof recipientSchema>;

export const recipientQuerySchema = z
  .object({
    id: idSchema,
    status: z.enum(outboxStatuses).nullable().default(null),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();
export const recipientPageSchema = z.object({ items: z.array(recipientSchema), total: z.number().int() });

export const contactHistoryItemSchema = z.object({
  distributionId: z.string(),
  statementId: z.string(),
  statementNumber: z.string().nullable(),
  statementTitle: z.string(),
  revisionNo: z.number().int(),
  status: z.enum(outboxStatuses),
  address: z.string().nullable(),
  sentAt: z.string().nullable(),
  createdAt: z.string(),
});

export const waLinkSchema = z.object({ contactId: z.string(), name: z.string(), number: z.string(), link: z.string() });

export const previewSchema = z.object({
  statementId: z.string(),
  revisionId: z.string(),
  revisionNo: z.number().int(),
  /** Whether the statement may be distributed now, and why not. */
  blocked: z.string().nullable(),
  embargoAt: z.string().nullable(),
  recipients: z.number().int(),
  skipped: z.object({ doNotContact: z.number().int(), noEmail: z.number().int(), duplicates: z.number().int() }),
  email: z.object({ subject: z.string(), html: z.string(), text: z.string() }),
  whatsapp: z.string(),
  whatsappLinks: z.array(waLinkSchema),
  xThread: z.array(z.string()),
  caption: z.string(),
  mailConfigured: z.boolean(),
});
export type DistributionPreview = z.output<typeof previewSchema>;

export const capExportSchema = z
  .object({ statementId: idSchema, cap: capParamsSchema.default(capParamsSchema.parse({})) })
  .strict();

/** Pushed as recipients are sent: the progress view of that job listens. */
export const progressEventSchema = z.object({
  distributionId: z.string(),
  /** The statement released, or null for a conference's invitations. */
  statementId: z.string().nullable(),
  conferenceId: z.string().nullable(),
  status: z.enum(distributionStatuses),
  counts: outboxCountsSchema,
});

/** The distribution channels: schemas and who may call (see channelSpec.ts). */
export const distributionChannels = {
  'distribution.settings': { input: noInput, output: mailSettingsSchema, policy: read('office.manage') },
  'distribution.saveSettings': {
    input: mailSettingsInputSchema,
    output: mailSettingsSchema,
    policy: write('office.manage'),
  },
  // Sends a real message: a write, though it changes no record.
  'distribution.testSettings': { input: testMailSchema, output: testMailResultSchema, policy: write('office.manage') },
  // Previews name the recipients' numbers (wa.me links): personal data.
  'distribution.preview': { input: previewInputSchema, output: previewSchema, policy: read('contacts.view') },
  'distribution.audienceCount': {
    input: audienceSchema,
    output: z.object({ recipients: z.number().int() }),
    policy: read('contacts.view'),
  },
  'distribution.create': {
    input: createDistributionSchema,
    output: distributionSchema,
    policy: write('distribution.send'),
  },
  // Arming prepares the distribution the final approval sends: the people who may distribute.
  'distribution.arm': { input: armReleaseSchema, output: statementSchema, policy: write('distribution.send') },
  'distribution.list': {
    input: z.object({ statementId: idSchema }).strict(),
    output: z.array(distributionSchema),
    policy: signedInRead,
  },
  'distribution.get': { input: idInput, output: distributionSchema, policy: signedInRead },
  'distribution.recipients': {
    input: recipientQuerySchema,
    output: recipientPageSchema,
    policy: read('contacts.view'),
  },
  'distribution.pause': { input: idInput, output: distributionSchema, policy: write('distribution.send') },
  'distribution.resume': { input: idInput, output: distributionSchema, policy: write('distribution.send') },
  'distribution.cancel': { input: idInput, output: distributionSchema, policy: write('distribution.send') },
  'distribution.retryFailed': { input: idInput, output: distributionSchema, policy: write('distribution.send') },
  'distribution.contactHistory': {
    input: idInput,
    output: z.array(contactHistoryItemSchema),
    policy: read('contacts.view'),
  },
  'distribution.sitePackage': {
    input: z.object({ statementId: idSchema }).strict(),
    output: fileSchema,
    policy: read('distribution.send'),
  },
  'distribution.cap': { input: capExportSchema, output: fileSchema, policy: read('distribution.send') },
} as const satisfies DomainChannels<'distribution'>;

/** What the distribution domain pushes, and which cached answers each event makes stale. */
export const distributionEvents = {
  /** A distribution job moved (recipients sent or failed, paused, completed). */
  'distribution.progress': {
    payload: progressEventSchema,
    invalidates: [
      'distribution.list',
      'distribution.get',
      'distribution.recipients',
      'distribution.contactHistory',
      // An invitation job's progress changes who counts as invited and which version they hold.
      'conferences.get',
      'conferences.invitees',
      // Failed sends show on the home view.
      'crises.board',
    ],
  },
} as const satisfies DomainEvents<'distribution'>;
