import { z } from 'zod';
import { evidenceKinds, hoaxPlatforms, hoaxStatuses, hoaxVerdicts } from '../hoaxes/vocabulary';
import { isoInstantSchema } from '../time/zonedInstant';
import { regionCode } from './contacts';
import { fileSchema, idSchema, line, noInput, required, requiredLine, text, webLink } from './fields';
import { languages } from './preferences';
import { statementStatuses } from '../statements/workflow';
import { signedInRead, write, type DomainChannels, type DomainEvents } from './channelSpec';

export const maxScreenshotBytes = 10 * 1024 * 1024;
export const screenshotMimeTypes = ['image/png', 'image/jpeg'] as const;

const person = z.object({ id: z.string(), fullName: z.string() });

export const sightingInputSchema = z.object({ platform: z.enum(hoaxPlatforms), url: webLink.default('') }).strict();

/** A claim as the desk registers or edits it. */
export const hoaxInputSchema = z
  .object({
    claim: required(4000),
    topic: line(100).default(''),
    region: regionCode.nullable().default(null),
    /** Estimated people reached (views, forwards, members of the groups it went round). */
    reach: z.number().int().min(0, { error: 'reach_negative' }).max(1_000_000_000).nullable().default(null),
    firstSeenAt: isoInstantSchema,
    /** Who brought it to the desk: a resident, a unit, a monitoring report. */
    reportedBy: line(200).default(''),
    crisisId: idSchema.nullable().default(null),
    sightings: z.array(sightingInputSchema).max(50, { error: 'too_many' }).default([]),
  })
  .strict();
export type HoaxInput = z.input<typeof hoaxInputSchema>;

export const saveHoaxSchema = z.object({ id: idSchema.nullable().default(null), hoax: hoaxInputSchema }).strict();

export const hoaxIdSchema = z.object({ id: idSchema }).strict();

export const clarificationRefSchema = z.object({
  statementId: z.string(),
  number: z.string().nullable(),
  status: z.enum(statementStatuses),
  title: z.string(),
});

export const hoaxSummarySchema = z.object({
  id: z.string(),
  claim: z.string(),
  topic: z.string(),
  region: z.string().nullable(),
  reach: z.number().int().nullable(),
  status: z.enum(hoaxStatuses),
  verdict: z.enum(hoaxVerdicts).nullable(),
  platforms: z.array(z.enum(hoaxPlatforms)),
  firstSeenAt: z.string(),
  crisis: z.object({ id: z.string(), title: z.string() }).nullable(),
  clarification: clarificationRefSchema.nullable(),
  clarifiedAt: z.string().nullable(),
  /** First sighting to the clarification's release; null until released. */
  minutesToClarify: z.number().int().nullable(),
  /** Set when this record was merged into another (it is then closed). */
  mergedInto: z.object({ id: z.string(), claim: z.string() }).nullable(),
  updatedAt: z.string(),
});
export type HoaxSummary = z.output<typeof hoaxSummarySchema>;

export const screenshotSchema = z.object({
  sha256: z.string(),
  fileName: z.string(),
  mimeType: z.enum(screenshotMimeTypes),
  size: z.number().int(),
  addedBy: z.string(),
  addedAt: z.string(),
});
export type Screenshot = z.output<typeof screenshotSchema>;

export const evidenceSchema = z.object({
  id: z.string(),
  kind: z.enum(evidenceKinds),
  title: z.string(),
  url: z.string(),
  /** When the source published it (official sources); null when unknown. */
  sourceAt: z.string().nullable(),
  addedBy: z.string(),
  addedAt: z.string(),
});
export type Evidence = z.output<typeof evidenceSchema>;

export const hoaxEventSchema = z.object({
  action: z.string(),
  fromStatus: z.enum(hoaxStatuses).nullable(),
  toStatus: z.enum(hoaxStatuses),
  note: z.string(),
  by: z.string(),
  at: z.string(),
});

export const hoaxSchema = hoaxSummarySchema.extend({
  reportedBy: z.string(),
  sightings: z.array(z.object({ platform: z.enum(hoaxPlatforms), url: z.string() })),
  screenshots: z.array(screenshotSchema),
  evidence: z.array(evidenceSchema),
  verifier: person.nullable(),
  /** Who set the verdict (the verifier may be someone else). */
  verdictBy: person.nullable(),
  verdictAt: z.string().nullable(),
  /** The "Penjelasan": why the verdict, in the office's words; the clarification quotes it. */
  explanation: z.string(),
  closeNote: z.string(),
  history: z.array(hoaxEventSchema),
  /** Records merged into this one. */
  merged: z.array(z.object({ id: z.string(), claim: z.string() })),
  createdBy: z.string(),
  createdAt: z.string(),
  /** What the caller may do now (the core refuses the rest; the interface hides it). */
  can: z.object({
    edit: z.boolean(),
    startVerifying: z.boolean(),
    decide: z.boolean(),
    draftClarification: z.boolean(),
    close: z.boolean(),
    reopen: z.boolean(),
    merge: z.boolean(),
  }),
});
export type Hoax = z.output<typeof hoaxSchema>;

export const hoaxListInputSchema = z
  .object({
    statuses: z.array(z.enum(hoaxStatuses)).max(hoaxStatuses.length).default([]),
    verdicts: z.array(z.enum(hoaxVerdicts)).max(hoaxVerdicts.length).default([]),
    platforms: z.array(z.enum(hoaxPlatforms)).max(hoaxPlatforms.length).default([]),
    topic: line(100).default(''),
    crisisId: idSchema.nullable().default(null),
    query: text(200).default(''),
    /** First seen from / until, inclusive (UTC instants). */
    from: isoInstantSchema.optional(),
    to: isoInstantSchema.optional(),
    /** Merged records are closed duplicates: hidden unless asked for. */
    includeMerged: z.boolean().default(false),
    limit: z.number().int().min(1).max(500).default(100),
    offset: z.number().int().min(0).default(0),
  })
  .strict();
export type HoaxListInput = z.input<typeof hoaxListInputSchema>;

export const hoaxPageSchema = z.object({ items: z.array(hoaxSummarySchema), total: z.number().int() });

export const similarInputSchema = z.object({ text: text(4000), excludeId: idSchema.nullable().default(null) }).strict();

export const similarHoaxSchema = z.object({
  id: z.string(),
  claim: z.string(),
  status: z.enum(hoaxStatuses),
  verdict: z.enum(hoaxVerdicts).nullable(),
  firstSeenAt: z.string(),
  /** Share of words in common, 0–1 (Dice coefficient over the claims' distinct words). */
  score: z.number(),
});
export type SimilarHoax = z.output<typeof similarHoaxSchema>;

export const uploadScreenshotSchema = z
  .object({
    hoaxId: idSchema,
    fileName: requiredLine(200),
    mimeType: z.enum(screenshotMimeTypes, { error: 'screenshot_type' }),
    // base64 of at most maxScreenshotBytes (4/3 of it, rounded up to a multiple of 4).
    dataBase64: z.string().max(Math.ceil(maxScreenshotBytes / 3) * 4, { error: 'attachment_too_large' }),
  })
  .strict();

export const screenshotInputSchema = z
  .object({ hoaxId: idSchema, sha256: z.string().regex(/^[0-9a-f]{64}$/, { error: 'sha256_format' }) })
  .strict();

export const evidenceInputSchema = z
  .object({
    hoaxId: idSchema,
    kind: z.enum(evidenceKinds),
    title: requiredLine(300),
    url: webLink.default(''),
    sourceAt: isoInstantSchema.nullable().default(null),
  })
  .strict();

export const removeEvidenceSchema = z.object({ hoaxId: idSchema, evidenceId: idSchema }).strict();

export const verdictInputSchema = z
  .object({ id: idSchema, verdict: z.enum(hoaxVerdicts), explanation: required(4000) })
  .strict();

export const closeHoaxSchema = z.object({ id: idSchema, note: text(1000).default('') }).strict();

export const mergeHoaxSchema = z
  .object({ sourceId: idSchema, targetId: idSchema })
  .strict()
  .refine((input) => input.sourceId !== input.targetId, { error: 'merge_self', path: ['targetId'] });

export const draftClarificationSchema = z.object({ id: idSchema, language: z.enum(languages) }).strict();

export const hoaxStatsSchema = z.object({
  byStatus: z.record(z.enum(hoaxStatuses), z.number().int()),
  byVerdict: z.record(z.enum(hoaxVerdicts), z.number().int()),
  /** The most frequent topics (merged duplicates not counted), most first. */
  byTopic: z.array(z.object({ topic: z.string(), count: z.number().int() })),
  /** Median first sighting to release, over the clarifications released in the last 30 days. */
  medianMinutesToClarify: z.number().nullable(),
  clarifiedLast30Days: z.number().int(),
  topics: z.array(z.string()),
});
export type HoaxStats = z.output<typeof hoaxStatsSchema>;

/** The hoaxes channels: schemas and who may call (see channelSpec.ts). */
export const hoaxChannels = {
  'hoaxes.list': { input: hoaxListInputSchema, output: hoaxPageSchema, policy: signedInRead },
  'hoaxes.get': { input: hoaxIdSchema, output: hoaxSchema, policy: signedInRead },
  'hoaxes.save': { input: saveHoaxSchema, output: hoaxSchema, policy: write('hoaxes.manage') },
  'hoaxes.similar': { input: similarInputSchema, output: z.array(similarHoaxSchema), policy: signedInRead },
  'hoaxes.uploadScreenshot': { input: uploadScreenshotSchema, output: hoaxSchema, policy: write('hoaxes.manage') },
  'hoaxes.screenshot': { input: screenshotInputSchema, output: fileSchema, policy: signedInRead },
  'hoaxes.addEvidence': { input: evidenceInputSchema, output: hoaxSchema, policy: write('hoaxes.manage') },
  'hoaxes.removeEvidence': { input: removeEvidenceSchema, output: hoaxSchema, policy: write('hoaxes.manage') },
  'hoaxes.startVerifying': { input: hoaxIdSchema, output: hoaxSchema, policy: write('hoaxes.manage') },
  'hoaxes.recordVerdict': { input: verdictInputSchema, output: hoaxSchema, policy: write('hoaxes.decide') },
  // Drafting creates a statement: the same people who may draft statements.
  'hoaxes.draftClarification': {
    input: draftClarificationSchema,
    output: z.object({ statementId: z.string() }),
    policy: write('statements.draft'),
  },
  'hoaxes.close': { input: closeHoaxSchema, output: hoaxSchema, policy: write('hoaxes.decide') },
  'hoaxes.reopen': { input: hoaxIdSchema, output: hoaxSchema, policy: write('hoaxes.decide') },
  'hoaxes.merge': { input: mergeHoaxSchema, output: hoaxSchema, policy: write('hoaxes.decide') },
  'hoaxes.stats': { input: noInput, output: hoaxStatsSchema, policy: signedInRead },
} as const satisfies DomainChannels<'hoaxes'>;

/** What the hoaxes domain pushes, and which cached answers each event makes stale. */
export const hoaxEvents = {
  /** A claim in the hoax register changed (its record, evidence, verdict or clarification). */
  'hoaxes.changed': {
    payload: z.object({ hoaxId: z.string() }),
    invalidates: ['hoaxes.list', 'hoaxes.get', 'hoaxes.stats', 'hoaxes.similar', 'audit.list', 'audit.head'],
  },
} as const satisfies DomainEvents<'hoaxes'>;
