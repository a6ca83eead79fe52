import { z } from 'zod';
import { isRegionCode } from '../contacts/regions';
import { emptyResultSchema } from './accounts';
import { signedInRead, write, type DomainChannels, type DomainEvents } from './channelSpec';
import { crisisInputSchema, crisisSchema } from './crises';
import { idInput, idSchema, line, noInput, required, requiredLine } from './fields';
import { isoInstantSchema } from '../time/zonedInstant';

/** What a feed carries: BMKG's earthquake lists, CAP warnings (a document or an index of them), an outlet's news. */
export const feedKinds = ['bmkg_quake', 'cap', 'news'] as const;
export type FeedKind = (typeof feedKinds)[number];

/** How often a feed may be asked: BMKG updates within minutes; once a day is the slowest useful. */
export const feedIntervalLimits = { min: 1, max: 1440 } as const;

/** A feed to subscribe to. */
export const newFeedSchema = z
  .object({
    kind: z.enum(feedKinds),
    name: requiredLine(200),
    url: z.url({ protocol: /^https?$/, error: 'url_format' }).max(2000, { error: 'too_long' }),
    /** A news feed's outlet (its stories are that outlet's pickup); none for the other kinds. */
    outletId: idSchema.nullable(),
    intervalMinutes: z.number().int().min(feedIntervalLimits.min).max(feedIntervalLimits.max),
  })
  .strict();
export type NewFeed = z.infer<typeof newFeedSchema>;

/** A feed as the desk sees it: what it is and how it is doing. */
export const feedSummarySchema = z.object({
  id: z.string(),
  kind: z.enum(feedKinds),
  name: z.string(),
  url: z.string(),
  outletId: z.string().nullable(),
  intervalMinutes: z.number(),
  active: z.boolean(),
  lastPolledAt: z.string().nullable(),
  lastSuccessAt: z.string().nullable(),
  /** A reason word of the last failure (translated under `feeds.error.`), null when the last poll worked. */
  lastError: z.string().nullable(),
  lastErrorAt: z.string().nullable(),
  failures: z.number(),
  nextPollAt: z.string().nullable(),
  signals: z.number(),
});
export type FeedSummary = z.infer<typeof feedSummarySchema>;

export const pollResultSchema = z.object({
  feedId: z.string(),
  outcome: z.enum(['read', 'unchanged', 'failed']),
  error: z.string().nullable(),
  newSignals: z.number(),
  matched: z.number(),
  /** Links made from new stories to our released statements. */
  pickedUp: z.number(),
  unreadable: z.number(),
});

export const signalKinds = ['quake', 'cap', 'news'] as const;

/** Why a signal matched the office's rules (the notice says it). */
export const matchReasonSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('distance'), km: z.number() }),
  z.object({ kind: z.literal('place'), place: z.string() }),
  z.object({ kind: z.literal('region'), code: z.string() }),
  z.object({ kind: z.literal('area'), km: z.number() }),
  z.object({ kind: z.literal('keyword'), word: z.string() }),
]);

/** A signal as listed: its source, its own time and when it was read, and why it matched. */
export const signalSummarySchema = z.object({
  id: z.string(),
  feedId: z.string(),
  feedName: z.string(),
  kind: z.enum(signalKinds),
  title: z.string(),
  occurredAt: z.string().nullable(),
  fetchedAt: z.string(),
  url: z.string().nullable(),
  match: z.array(matchReasonSchema).nullable(),
  crisisId: z.string().nullable(),
  /** Set aside by someone as not the office's concern. */
  dismissedAt: z.string().nullable(),
  /** The claim it was recorded on as a sighting, if any. */
  hoaxId: z.string().nullable(),
  /** A story that ran one of our released statements (coverage, not a warning). */
  pickup: z.boolean(),
});
export type SignalSummary = z.infer<typeof signalSummarySchema>;

/** What a signal said, by kind, as the desk reads it (the store keeps the whole item). */
export const signalFactsSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('quake'),
    magnitude: z.number(),
    depthKm: z.number().nullable(),
    latitude: z.number(),
    longitude: z.number(),
    region: z.string(),
    tsunami: z.string(),
    felt: z.string(),
  }),
  z.object({
    kind: z.literal('cap'),
    sender: z.string(),
    msgType: z.string(),
    event: z.string(),
    severity: z.string(),
    urgency: z.string(),
    certainty: z.string(),
    description: z.string(),
    instruction: z.string(),
    areas: z.array(z.string()),
    expires: z.string().nullable(),
    /** Checked against the OASIS CAP 1.2 schema when read: valid, not (with why), or not checked. */
    schemaValid: z.boolean().nullable(),
    schemaErrors: z.array(z.string()),
  }),
  z.object({ kind: z.literal('news'), summary: z.string(), outlet: z.string().nullable() }),
]);
export type SignalFacts = z.infer<typeof signalFactsSchema>;

/** An official figure a signal offers a crisis opened from it (labelled by the desk's language). */
export const signalFigureSchema = z.object({
  key: z.enum(['magnitude', 'depth']),
  value: z.number(),
  unit: z.string(),
  source: z.string(),
  asOf: z.string(),
});

/** A signal whole: its facts, and the crisis it would open (the form starts from this). */
export const signalDetailSchema = signalSummarySchema.extend({
  facts: signalFactsSchema,
  /** The crisis it would open; its title and description are worded by the screen, in the desk's language. */
  draft: z.object({
    severity: z.number().int(),
    regions: z.array(z.string()),
    /** The warning's own time: the golden-hour clock starts here, not when someone noticed. */
    firstSignalAt: z.string(),
    figures: z.array(signalFigureSchema),
  }),
});
export type SignalDetail = z.infer<typeof signalDetailSchema>;

/** A figure recorded on the new crisis with its source (label in the desk's language). */
export const signalFigureInputSchema = z
  .object({
    label: requiredLine(120),
    value: z.number().finite().min(0, { error: 'figure_negative' }),
    unit: line(40).default(''),
    source: requiredLine(200),
    asOf: isoInstantSchema,
  })
  .strict();

export const openCrisisFromSignalSchema = z
  .object({
    signalId: idSchema,
    crisis: crisisInputSchema,
    phase: z.enum(['pre', 'initial']).default('initial'),
    figures: z.array(signalFigureInputSchema).max(10).default([]),
  })
  .strict();

/** A monitored item recorded as a sighting: on a claim the desk already has, or as a new claim. */
export const recordSightingSchema = z
  .object({
    signalId: idSchema,
    hoaxId: idSchema.nullable().default(null),
    /** A new claim's words (the item's title to begin with); ignored when adding to a claim. */
    claim: required(4000).optional(),
    crisisId: idSchema.nullable().default(null),
  })
  .strict()
  .refine((input) => input.hoaxId !== null || input.claim !== undefined, { error: 'required', path: ['claim'] });

/** A news story that ran one of our released statements. */
export const pickupSchema = z.object({
  statementId: z.string(),
  statementTitle: z.string(),
  signalId: z.string(),
  title: z.string(),
  url: z.string().nullable(),
  outlet: z.string().nullable(),
  feedName: z.string(),
  /** The story's own time when the outlet gives it, else when it was read. */
  at: z.string(),
  foundBy: z.enum(['title', 'number', 'phrase']),
});
export type Pickup = z.infer<typeof pickupSchema>;

export const pickupInputSchema = z
  .object({ statementId: idSchema.nullable().default(null), crisisId: idSchema.nullable().default(null) })
  .strict()
  .refine((input) => (input.statementId === null) !== (input.crisisId === null), {
    error: 'required',
    path: ['statementId'],
  });

export const signalListInputSchema = z
  .object({
    /** Only the signals that matched the office's rules (the early warnings). */
    matchedOnly: z.boolean().default(false),
    /** Only early warnings nobody has acted on yet: no crisis, no sighting, not set aside. */
    pendingOnly: z.boolean().default(false),
    kinds: z.array(z.enum(signalKinds)).max(signalKinds.length).default([]),
    limit: z.number().int().min(1).max(500).default(100),
    offset: z.number().int().min(0).default(0),
  })
  .strict();

/** The words a CAP threshold can be (CAP's "Unknown" never is one), most to least, as CAP lists them. */
export const capSeverityThresholds = ['Extreme', 'Severe', 'Moderate', 'Minor'] as const;
export const capUrgencyThresholds = ['Immediate', 'Expected', 'Future', 'Past'] as const;
export const capCertaintyThresholds = ['Observed', 'Likely', 'Possible', 'Unlikely'] as const;

/** The office's rules for signals (see `src/main/core/feeds/signalRules.ts`). */
export const signalRulesSchema = z
  .object({
    /** The point distances are measured from (the seat of the office's government), or none. */
    centre: z
      .object({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180) })
      .strict()
      .nullable(),
    regionCodes: z.array(z.string().refine(isRegionCode, { error: 'region_unknown' })).max(60),
    quakeMinMagnitude: z.number().min(0).max(10),
    quakeWithinKm: z.number().min(0).max(5000),
    capMinSeverity: z.enum(capSeverityThresholds),
    capMinUrgency: z.enum(capUrgencyThresholds),
    capMinCertainty: z.enum(capCertaintyThresholds),
    capWithinKm: z.number().min(0).max(1000),
    keywords: z.array(line(60).min(1, { error: 'required' })).max(50),
    /** Days a signal is kept (what became a crisis, pickup or sighting stays with it). */
    retentionDays: z.number().int().min(7).max(3650),
  })
  .strict();
export type SignalRulesInput = z.infer<typeof signalRulesSchema>;

export const feedChannels = {
  'feeds.list': { input: noInput, output: z.array(feedSummarySchema), policy: signedInRead },
  // Subscribing and the rules are the office's configuration: the head of Humas and the administrator.
  'feeds.add': { input: newFeedSchema, output: feedSummarySchema, policy: write('feeds.manage') },
  'feeds.poll': { input: idInput, output: pollResultSchema, policy: write('feeds.manage') },
  'feeds.signals': { input: signalListInputSchema, output: z.array(signalSummarySchema), policy: signedInRead },
  'feeds.rules': { input: noInput, output: signalRulesSchema, policy: signedInRead },
  'feeds.saveRules': { input: signalRulesSchema, output: signalRulesSchema, policy: write('feeds.manage') },
  'feeds.signal': { input: idInput, output: signalDetailSchema, policy: signedInRead },
  // Acting on a signal is the desk's work: the same people who open crises and record claims.
  'feeds.openCrisis': { input: openCrisisFromSignalSchema, output: crisisSchema, policy: write('crises.manage') },
  'feeds.recordSighting': {
    input: recordSightingSchema,
    output: z.object({ hoaxId: z.string() }),
    policy: write('hoaxes.manage'),
  },
  'feeds.dismissSignal': { input: idInput, output: emptyResultSchema, policy: write('crises.manage') },
  'feeds.pickup': { input: pickupInputSchema, output: z.array(pickupSchema), policy: signedInRead },
} as const satisfies DomainChannels<'feeds'>;

/** What the feeds domain pushes. */
export const feedEvents = {
  /** A feed was added or polled (its health, maybe new signals), or the rules changed. */
  'feeds.changed': {
    payload: z.object({ feedId: z.string().nullable() }),
    invalidates: [
      'feeds.list',
      'feeds.signals',
      'feeds.rules',
      'feeds.signal',
      'feeds.pickup',
      'audit.list',
      'audit.head',
    ],
  },
} as const satisfies DomainEvents<'feeds'>;
