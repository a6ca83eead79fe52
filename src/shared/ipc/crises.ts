import { z } from 'zod';
import {
  agencyKinds,
  crisisPhases,
  crisisRoles,
  crisisTypes,
  lessonSections,
  requestStatuses,
} from '../crises/vocabulary';
import { isoInstantSchema } from '../time/zonedInstant';
import { emailAddress, regionCode } from './contacts';
import { fileSchema, idInput, idSchema, line, noInput, required, requiredLine, text } from './fields';
import { releaseAudienceSchema } from './releasePlan';
import { signedInRead, write, type DomainChannels, type DomainEvents } from './channelSpec';
import { emptyResultSchema } from './accounts';

/** A crisis as the desk opens or edits it. The first signal is an instant (shown in the office zone). */
export const crisisInputSchema = z
  .object({
    title: requiredLine(200),
    type: z.enum(crisisTypes),
    severity: z.number().int().min(1, { error: 'severity_range' }).max(4, { error: 'severity_range' }),
    regions: z.array(regionCode).max(50, { error: 'too_many' }).default([]),
    description: text(5000).default(''),
    firstSignalAt: isoInstantSchema,
    leadSpokespersonId: idSchema.nullable().default(null),
    /** Deputies of the lead spokesperson. */
    deputyIds: z.array(idSchema).max(10).default([]),
    team: z
      .array(z.object({ accountId: idSchema, role: z.enum(crisisRoles) }).strict())
      .max(100)
      .default([]),
    /**
     * Who this crisis's releases go to, preselected for every release in it. Left out: a new
     * crisis takes the segments its type and region suggest, an edit keeps what was chosen.
     */
    audience: releaseAudienceSchema.optional(),
  })
  .strict();
export type CrisisInput = z.input<typeof crisisInputSchema>;

const person = z.object({ id: z.string(), fullName: z.string() });

export const checklistItemSchema = z.object({
  id: z.string(),
  phase: z.enum(crisisPhases),
  text: z.string(),
  /** From the office playbook (false: added for this crisis only). */
  fromPlaybook: z.boolean(),
  doneBy: person.nullable(),
  doneAt: z.string().nullable(),
});
export type ChecklistItem = z.output<typeof checklistItemSchema>;

export const crisisSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  type: z.enum(crisisTypes),
  severity: z.number().int(),
  phase: z.enum(crisisPhases),
  status: z.enum(['open', 'closed']),
  firstSignalAt: z.string(),
  updatedAt: z.string(),
});
export type CrisisSummary = z.output<typeof crisisSummarySchema>;

export const crisisSchema = crisisSummarySchema.extend({
  regions: z.array(z.string()),
  description: z.string(),
  leadSpokesperson: person.nullable(),
  audience: z.object({ listIds: z.array(z.string()), contactIds: z.array(z.string()) }),
  deputies: z.array(person),
  team: z.array(z.object({ person, role: z.enum(crisisRoles) })),
  phases: z.array(
    z.object({
      from: z.enum(crisisPhases).nullable(),
      to: z.enum(crisisPhases),
      note: z.string(),
      by: z.string(),
      at: z.string(),
    }),
  ),
  checklist: z.array(checklistItemSchema),
  /** Statements of the crisis, oldest first, with the release and its "next update at" promise. */
  statements: z.array(
    z.object({
      id: z.string(),
      number: z.string().nullable(),
      title: z.string(),
      kind: z.string(),
      status: z.string(),
      releasedAt: z.string().nullable(),
      nextUpdateAt: z.string().nullable(),
    }),
  ),
  conferences: z.array(
    z.object({ id: z.string(), title: z.string(), startsAt: z.string(), zone: z.string(), status: z.string() }),
  ),
  /** The office's golden-hour prompts, minutes after the first signal. */
  goldenHourTargets: z.array(z.number().int()),
  createdAt: z.string(),
  closedAt: z.string().nullable(),
});
export type Crisis = z.output<typeof crisisSchema>;

export const saveCrisisSchema = z
  .object({
    id: idSchema.nullable().default(null),
    crisis: crisisInputSchema,
    /** The phase a new crisis opens in: usually the initial phase; pre-crisis while it is only a risk. */
    phase: z.enum(['pre', 'initial']).default('initial'),
  })
  .strict();

export const crisisStatusSchema = z.object({ id: idSchema, status: z.enum(['open', 'closed']) }).strict();

export const crisisListSchema = z.object({ status: z.enum(['open', 'closed', 'all']).default('open') }).strict();

export const setPhaseSchema = z
  .object({ id: idSchema, phase: z.enum(crisisPhases), note: text(1000).default('') })
  .strict();

export const tickSchema = z.object({ itemId: idSchema, done: z.boolean() }).strict();

export const addChecklistItemSchema = z
  .object({ crisisId: idSchema, phase: z.enum(crisisPhases), text: required(500) })
  .strict();

export const playbookItemSchema = z.object({
  id: z.string(),
  phase: z.enum(crisisPhases),
  crisisType: z.enum(crisisTypes).nullable(),
  text: z.string(),
  position: z.number().int(),
});
export type PlaybookItem = z.output<typeof playbookItemSchema>;

export const playbookInputSchema = z
  .object({
    id: idSchema.nullable().default(null),
    phase: z.enum(crisisPhases),
    crisisType: z.enum(crisisTypes).nullable().default(null),
    text: required(500),
  })
  .strict();

export const logEntryInputSchema = z
  .object({
    crisisId: idSchema,
    at: isoInstantSchema,
    text: required(2000),
    source: line(200).default(''),
  })
  .strict();

export const figureInputSchema = z
  .object({
    crisisId: idSchema,
    /** null: a new series (e.g. the first count of evacuees); else a new version of that series. */
    seriesId: idSchema.nullable().default(null),
    label: requiredLine(120),
    value: z.number().finite().min(0, { error: 'figure_negative' }),
    unit: line(40).default(''),
    source: requiredLine(200),
    asOf: isoInstantSchema,
  })
  .strict();

export const officialFigureSchema = z.object({
  id: z.string(),
  seriesId: z.string(),
  version: z.number().int(),
  label: z.string(),
  value: z.number(),
  unit: z.string(),
  source: z.string(),
  asOf: z.string(),
  recordedBy: z.string(),
  recordedAt: z.string(),
  /** A newer version of the series exists: statements must not quote this one any more. */
  superseded: z.boolean(),
});
export type OfficialFigure = z.output<typeof officialFigureSchema>;

export const timelineKinds = ['phase', 'checklist', 'log', 'figure', 'statement', 'conference', 'hoax'] as const;
export type TimelineKind = (typeof timelineKinds)[number];

export const timelineInputSchema = z
  .object({ id: idSchema, kinds: z.array(z.enum(timelineKinds)).max(timelineKinds.length).default([]) })
  .strict();

export const timelineEntrySchema = z.object({
  at: z.string(),
  kind: z.enum(timelineKinds),
  /** What happened, in the record's own words (a phase name, an item, a note, a figure). */
  text: z.string(),
  /** Extra words: a log entry's source, a phase change's note, a figure's source. */
  detail: z.string(),
  by: z.string().nullable(),
  refId: z.string(),
});
export type TimelineEntry = z.output<typeof timelineEntrySchema>;

/** Link (or unlink) a statement or a conference to a crisis. */
export const crisisLinkSchema = z
  .object({
    crisisId: idSchema,
    statementId: idSchema.nullable().default(null),
    conferenceId: idSchema.nullable().default(null),
    linked: z.boolean().default(true),
  })
  .strict()
  .refine((input) => (input.statementId === null) !== (input.conferenceId === null), {
    error: 'link_one',
    path: ['statementId'],
  });

const liaisonSchema = z
  .object({
    name: requiredLine(200),
    position: line(200).default(''),
    phone: line(40).default(''),
    email: z.union([z.literal(''), emailAddress]).default(''),
  })
  .strict();

export const agencyInputSchema = z
  .object({
    id: idSchema.nullable().default(null),
    name: requiredLine(200),
    kind: z.enum(agencyKinds),
    regionCode: regionCode.nullable().default(null),
    phone: line(40).default(''),
    email: z.union([z.literal(''), emailAddress]).default(''),
    notes: text(2000).default(''),
    liaisons: z.array(liaisonSchema).max(20, { error: 'too_many' }).default([]),
  })
  .strict();

export const agencySchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(agencyKinds),
  regionCode: z.string().nullable(),
  phone: z.string(),
  email: z.string(),
  notes: z.string(),
  liaisons: z.array(z.object({ name: z.string(), position: z.string(), phone: z.string(), email: z.string() })),
});
export type Agency = z.output<typeof agencySchema>;

const grid = z.number().int().min(1, { error: 'grid_range' }).max(3, { error: 'grid_range' });

export const stakeholderInputSchema = z
  .object({
    crisisId: idSchema,
    agencyId: idSchema,
    role: text(300).default(''),
    responsibility: text(1000).default(''),
    influence: grid,
    interest: grid,
  })
  .strict();

export const stakeholderSchema = z.object({
  id: z.string(),
  agency: z.object({ id: z.string(), name: z.string(), kind: z.enum(agencyKinds) }),
  role: z.string(),
  responsibility: z.string(),
  influence: z.number().int(),
  interest: z.number().int(),
});
export type Stakeholder = z.output<typeof stakeholderSchema>;

export const removeStakeholderSchema = z.object({ crisisId: idSchema, agencyId: idSchema }).strict();

export const requestInputSchema = z
  .object({
    id: idSchema.nullable().default(null),
    crisisId: idSchema,
    agencyId: idSchema,
    request: required(2000),
    dueAt: isoInstantSchema,
    status: z.enum(requestStatuses).default('open'),
    response: text(4000).default(''),
  })
  .strict();

export const coordinationRequestSchema = z.object({
  id: z.string(),
  agency: z.object({ id: z.string(), name: z.string() }),
  request: z.string(),
  dueAt: z.string(),
  status: z.enum(requestStatuses),
  response: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
  closedAt: z.string().nullable(),
});
export type CoordinationRequest = z.output<typeof coordinationRequestSchema>;

/** The post-crisis evaluation's figures (`shared/crises/reportMetrics.ts`). */
export const crisisMetricsSchema = z.object({
  minutesToFirstStatement: z.number().int().nullable(),
  updates: z.object({
    promised: z.number().int(),
    onTime: z.number().int(),
    late: z.number().int(),
    missed: z.number().int(),
    pending: z.number().int(),
  }),
  approvalMinutes: z.object({ count: z.number().int(), median: z.number().nullable(), max: z.number().nullable() }),
  releasedByKind: z.array(z.object({ kind: z.string(), count: z.number().int() })),
  hoaxes: z.object({
    registered: z.number().int(),
    clarified: z.number().int(),
    medianMinutesToClarify: z.number().nullable(),
  }),
  distribution: z.object({
    jobs: z.number().int(),
    recipients: z.number().int(),
    sent: z.number().int(),
    failed: z.number().int(),
    deliveryRate: z.number().nullable(),
  }),
  conferences: z.object({ held: z.number().int(), questions: z.number().int(), answered: z.number().int() }),
  checklist: z.object({
    done: z.number().int(),
    total: z.number().int(),
    byPhase: z.array(z.object({ phase: z.enum(crisisPhases), done: z.number().int(), total: z.number().int() })),
  }),
  pickup: z.object({
    stories: z.number().int(),
    outlets: z.number().int(),
    firstStatementOutlets: z.array(z.string()),
    minutesToFirstPickup: z.number().int().nullable(),
  }),
});

/** The office's golden-hour prompts, minutes after the first signal: one to six, ascending, at most a day. */
export const goldenHourInputSchema = z
  .object({
    minutes: z
      .array(z.number().int().min(1, { error: 'golden_hour_range' }).max(1440, { error: 'golden_hour_range' }))
      .min(1, { error: 'required' })
      .max(6, { error: 'too_many' }),
  })
  .strict()
  .refine((input) => input.minutes.every((value, index) => index === 0 || value > input.minutes[index - 1]!), {
    error: 'golden_hour_order',
    path: ['minutes'],
  });

export const lessonInputSchema = z
  .object({ crisisId: idSchema, section: z.enum(lessonSections), text: text(10_000) })
  .strict();

export const lessonSchema = z.object({
  section: z.enum(lessonSections),
  text: z.string(),
  updatedBy: z.string().nullable(),
  updatedAt: z.string().nullable(),
});
export type Lesson = z.output<typeof lessonSchema>;

/** A draft quotes the current version of an official figure of its crisis (one per series). */
export const quoteFigureSchema = z.object({ statementId: idSchema, figureId: idSchema }).strict();
export const unquoteFigureSchema = z.object({ statementId: idSchema, seriesId: idSchema }).strict();

export const quotedFigureSchema = z.object({
  seriesId: z.string(),
  figureId: z.string(),
  label: z.string(),
  value: z.number(),
  unit: z.string(),
  source: z.string(),
  asOf: z.string(),
  /** A newer version exists: submitting is refused until the draft quotes it (or drops the quote). */
  superseded: z.boolean(),
  current: z.object({ figureId: z.string(), value: z.number(), asOf: z.string() }),
});
export type QuotedFigure = z.output<typeof quotedFigureSchema>;

/** The statement's crisis and the figures it quotes (the editor offers the crisis's current figures). */
export const statementCrisisSchema = z.object({
  crisis: z.object({ id: z.string(), title: z.string(), status: z.enum(['open', 'closed']) }).nullable(),
  quoted: z.array(quotedFigureSchema),
});
export type StatementCrisis = z.output<typeof statementCrisisSchema>;

export const crisisReportSchema = z
  .object({ id: idSchema, format: z.enum(['pdf', 'docx']), language: z.enum(['id', 'en']).default('id') })
  .strict();

export const timelineExportSchema = z
  .object({
    id: idSchema,
    kinds: z.array(z.enum(timelineKinds)).max(timelineKinds.length).default([]),
    language: z.enum(['id', 'en']).default('id'),
  })
  .strict();

/** The home view: each open crisis with what its clock needs, and sends that failed lately. */
export const crisisBoardSchema = z.object({
  crises: z.array(
    crisisSummarySchema.extend({
      leadSpokesperson: z.string().nullable(),
      goldenHourTargets: z.array(z.number().int()),
      releases: z.array(
        z.object({ statementId: z.string(), releasedAt: z.string(), nextUpdateAt: z.string().nullable() }),
      ),
      /** Coordination requests past their due time and still open. */
      overdueRequests: z.number().int(),
      checklist: z.object({ done: z.number().int(), total: z.number().int() }),
    }),
  ),
  failedSends: z.array(
    z.object({
      distributionId: z.string(),
      statementId: z.string().nullable(),
      title: z.string(),
      failed: z.number().int(),
      at: z.string(),
    }),
  ),
});
export type CrisisBoard = z.output<typeof crisisBoardSchema>;

/** The crises channels: schemas and who may call (see channelSpec.ts). */
export const crisisChannels = {
  'crises.list': { input: crisisListSchema, output: z.array(crisisSummarySchema), policy: signedInRead },
  'crises.get': { input: idInput, output: crisisSchema, policy: signedInRead },
  'crises.save': { input: saveCrisisSchema, output: crisisSchema, policy: write('crises.manage') },
  'crises.setPhase': { input: setPhaseSchema, output: crisisSchema, policy: write('crises.manage') },
  'crises.setStatus': { input: crisisStatusSchema, output: crisisSchema, policy: write('crises.manage') },
  'crises.tick': { input: tickSchema, output: crisisSchema, policy: write('crises.manage') },
  'crises.link': { input: crisisLinkSchema, output: crisisSchema, policy: write('crises.manage') },
  'crises.addItem': { input: addChecklistItemSchema, output: crisisSchema, policy: write('crises.manage') },
  'crises.addLog': { input: logEntryInputSchema, output: emptyResultSchema, policy: write('crises.manage') },
  'crises.figures': { input: idInput, output: z.array(officialFigureSchema), policy: signedInRead },
  'crises.recordFigure': { input: figureInputSchema, output: officialFigureSchema, policy: write('crises.manage') },
  'crises.timeline': { input: timelineInputSchema, output: z.array(timelineEntrySchema), policy: signedInRead },
  'crises.metrics': { input: idInput, output: crisisMetricsSchema, policy: signedInRead },
  'crises.agencies': { input: noInput, output: z.array(agencySchema), policy: signedInRead },
  'crises.saveAgency': { input: agencyInputSchema, output: agencySchema, policy: write('crises.manage') },
  'crises.stakeholders': { input: idInput, output: z.array(stakeholderSchema), policy: signedInRead },
  'crises.saveStakeholder': {
    input: stakeholderInputSchema,
    output: stakeholderSchema,
    policy: write('crises.manage'),
  },
  'crises.removeStakeholder': {
    input: removeStakeholderSchema,
    output: emptyResultSchema,
    policy: write('crises.manage'),
  },
  'crises.requests': { input: idInput, output: z.array(coordinationRequestSchema), policy: signedInRead },
  'crises.saveRequest': {
    input: requestInputSchema,
    output: coordinationRequestSchema,
    policy: write('crises.manage'),
  },
  'crises.playbook': { input: noInput, output: z.array(playbookItemSchema), policy: signedInRead },
  'crises.savePlaybookItem': {
    input: playbookInputSchema,
    output: playbookItemSchema,
    policy: write('crises.playbook'),
  },
  'crises.archivePlaybookItem': { input: idInput, output: emptyResultSchema, policy: write('crises.playbook') },
  'crises.goldenHour': {
    input: goldenHourInputSchema,
    output: z.array(z.number().int()),
    policy: write('crises.playbook'),
  },
  'crises.goldenHourTargets': { input: noInput, output: z.array(z.number().int()), policy: signedInRead },
  'crises.board': { input: noInput, output: crisisBoardSchema, policy: signedInRead },
  'crises.lessons': { input: idInput, output: z.array(lessonSchema), policy: signedInRead },
  'crises.saveLesson': { input: lessonInputSchema, output: z.array(lessonSchema), policy: write('crises.manage') },
  'crises.report': { input: crisisReportSchema, output: fileSchema, policy: signedInRead },
  'crises.exportTimeline': { input: timelineExportSchema, output: fileSchema, policy: signedInRead },
  'crises.statementFigures': { input: idInput, output: statementCrisisSchema, policy: signedInRead },
  'crises.quoteFigure': { input: quoteFigureSchema, output: statementCrisisSchema, policy: write('statements.draft') },
  'crises.unquoteFigure': {
    input: unquoteFigureSchema,
    output: statementCrisisSchema,
    policy: write('statements.draft'),
  },
} as const satisfies DomainChannels<'crises'>;

/** What the crises domain pushes, and which cached answers each event makes stale. */
export const crisisEvents = {
  'crises.changed': {
    payload: z.object({ crisisId: z.string() }),
    invalidates: [
      'crises.list',
      'crises.get',
      'crises.figures',
      'crises.timeline',
      'crises.stakeholders',
      'crises.requests',
      'crises.metrics',
      'crises.board',
      'crises.lessons',
      'crises.statementFigures',
      'audit.list',
      'audit.head',
    ],
  },
  /** An agency of the directory was added or changed: every picker and panel naming agencies. */
  'crises.agenciesChanged': {
    payload: z.object({}),
    invalidates: ['crises.agencies', 'crises.stakeholders', 'crises.requests', 'crises.timeline'],
  },
  /** The office's playbook or golden-hour prompts changed. */
  'crises.playbookChanged': {
    payload: z.object({}),
    invalidates: [
      'crises.playbook',
      'crises.goldenHourTargets',
      'crises.get',
      'crises.board',
      'audit.list',
      'audit.head',
    ],
  },
} as const satisfies DomainEvents<'crises'>;
