import { z } from 'zod';
import { safeFileName } from '../safeFileName';
import { approvalStepRoles, correctionModes, statementKinds, statementStatuses } from '../statements/workflow';
import { richTextSchema, type RichDoc } from '../statements/richText';
import { isoInstantSchema, zonedInstantSchema } from '../time/zonedInstant';
import { fileSchema, idSchema, line, noInput, required, requiredLine, text } from './fields';
import { languages } from './preferences';
import { releasePlanSchema } from './releasePlan';
import { signedInRead, write, type DomainChannels, type DomainEvents } from './channelSpec';
import { emptyResultSchema } from './accounts';

export const maxAttachmentBytes = 10 * 1024 * 1024;
export const maxAttachments = 20;
/** Types an attachment may have; the bytes are checked against the declared type. */
export const attachmentMimeTypes = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'text/csv',
  'text/plain',
] as const;

const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, { error: 'sha256_format' });

export const attachmentRefSchema = z
  .object({
    sha256: sha256Schema,
    // Cleaned like an upload's name: a name sent inside the content is stored and served too.
    fileName: requiredLine(200).transform(safeFileName),
    mimeType: z.enum(attachmentMimeTypes, { error: 'attachment_type' }),
    size: z.number().int().positive().max(maxAttachmentBytes, { error: 'attachment_too_large' }),
  })
  .strict();
export type AttachmentRef = z.output<typeof attachmentRefSchema>;

const tagSchema = z.string().trim().toLowerCase().min(1, { error: 'required' }).max(40, { error: 'too_long' });

/**
 * Everything a revision fixes: the text and every field an output shows. Approving a revision
 * approves exactly this, so any change here is a new revision.
 */
export const statementContentSchema = z
  .object({
    kind: z.enum(statementKinds),
    language: z.enum(languages),
    title: requiredLine(300),
    summary: text(2000),
    body: richTextSchema,
    datelinePlace: line(100),
    spokespersonId: idSchema.nullable(),
    mediaContactId: idSchema.nullable(),
    tags: z
      .array(tagSchema)
      .max(20, { error: 'too_many' })
      .transform((tags) => [...new Set(tags)]),
    embargoUntil: zonedInstantSchema.nullable(),
    nextUpdateAt: zonedInstantSchema.nullable(),
    attachments: z.array(attachmentRefSchema).max(maxAttachments, { error: 'too_many' }),
  })
  .strict();
export type StatementContentInput = z.input<typeof statementContentSchema>;
/** As stored and hashed: the body normalized. */
export type StatementContent = Omit<z.output<typeof statementContentSchema>, 'body'> & { body: RichDoc };

export const statementIdSchema = z.object({ id: idSchema }).strict();

export const personRefSchema = z.object({ id: z.string(), fullName: z.string() });

export const approvalStepSchema = z.object({
  index: z.number().int(),
  /** Any one of these may decide the step. */
  roles: z.array(z.enum(approvalStepRoles)),
  /** The decision on the current revision in this round; null while it waits. */
  decision: z
    .object({
      outcome: z.enum(['approved', 'changes_requested']),
      by: personRefSchema,
      /** The approver a stand-in decided for. */
      onBehalfOf: personRefSchema.nullable(),
      at: z.string(),
      revisionHash: z.string(),
    })
    .nullable(),
});

export const statementSummarySchema = z.object({
  id: z.string(),
  number: z.string().nullable(),
  kind: z.enum(statementKinds),
  language: z.enum(languages),
  status: z.enum(statementStatuses),
  title: z.string(),
  summary: z.string(),
  tags: z.array(z.string()),
  author: personRefSchema,
  revisionNo: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  releasedAt: z.string().nullable(),
  embargoUntil: zonedInstantSchema.nullable(),
  /** The step waiting for a decision while in review. */
  pendingStep: z.object({ index: z.number().int(), roles: z.array(z.enum(approvalStepRoles)) }).nullable(),
});
export type StatementSummary = z.output<typeof statementSummarySchema>;

export const editLockSchema = z.object({
  holder: personRefSchema,
  since: z.string(),
  heartbeatAt: z.string(),
  mine: z.boolean(),
});
export type EditLock = z.output<typeof editLockSchema>;

export const statementSchema = statementSummarySchema.extend({
  content: z.custom<StatementContent>(),
  /** In review: the names of who may decide the step that waits. */
  pendingDeciders: z.array(z.string()),
  currentRevisionId: z.string(),
  currentRevisionHash: z.string(),
  chain: z.array(approvalStepSchema),
  lock: editLockSchema.nullable(),
  /** The caller's unsaved work (autosaved), when it differs from the current revision. */
  workingCopy: z
    .object({ content: z.custom<StatementContent>(), baseRevisionId: z.string(), savedAt: z.string() })
    .nullable(),
  corrects: z
    .object({ id: z.string(), number: z.string().nullable(), title: z.string(), mode: z.enum(correctionModes) })
    .nullable(),
  correctedBy: z.object({ id: z.string(), status: z.enum(statementStatuses) }).nullable(),
  withdrawnReason: z.string().nullable(),
  /** A release armed on the statement: the final approval sends it. */
  releasePlan: releasePlanSchema.nullable(),
  /** What the caller may do now (the core refuses the rest; the interface hides it). */
  can: z.object({
    edit: z.boolean(),
    submit: z.boolean(),
    decide: z.boolean(),
    withdraw: z.boolean(),
    release: z.boolean(),
    correct: z.boolean(),
    /** Prepare (or change) the release the final approval sends. */
    arm: z.boolean(),
  }),
});
export type Statement = z.output<typeof statementSchema>;

export const statementSorts = ['updated_desc', 'created_desc', 'title_asc', 'number_desc', 'relevance'] as const;

export const statementListInputSchema = z
  .object({
    statuses: z.array(z.enum(statementStatuses)).max(statementStatuses.length).default([]),
    kinds: z.array(z.enum(statementKinds)).max(statementKinds.length).default([]),
    authorId: idSchema.optional(),
    /** Last change from / until, inclusive (UTC instants). */
    from: isoInstantSchema.optional(),
    to: isoInstantSchema.optional(),
    query: text(200).default(''),
    sort: z.enum(statementSorts).default('updated_desc'),
    limit: z.number().int().min(1).max(500).default(50),
    offset: z.number().int().min(0).default(0),
  })
  .strict();
export type StatementListInput = z.input<typeof statementListInputSchema>;

export const statementPageSchema = z.object({ items: z.array(statementSummarySchema), total: z.number().int() });

export const myTasksSchema = z.object({
  toDecide: z.array(statementSummarySchema),
  changesRequested: z.array(statementSummarySchema),
  drafts: z.array(statementSummarySchema),
  toRelease: z.array(statementSummarySchema),
});

export const createStatementSchema = z
  .object({
    kind: z.enum(statementKinds),
    language: z.enum(languages),
    templateId: idSchema.nullable().default(null),
    /**
     * Written for this crisis: linked to it in the same step, its facts (name, place, latest
     * official figures, next update) filled in, and its audience armed as the release.
     */
    crisisId: idSchema.nullable().default(null),
  })
  .strict();

export const saveStatementSchema = z
  .object({ id: idSchema, baseRevisionId: idSchema, content: statementContentSchema })
  .strict();

export const autosaveResultSchema = z.object({ savedAt: z.string(), lock: editLockSchema.nullable() });

export const lockInputSchema = z.object({ id: idSchema, takeover: z.boolean().default(false) }).strict();

export const revisionRefInputSchema = z.object({ id: idSchema, revisionId: idSchema }).strict();

export const decisionInputSchema = z
  .object({ id: idSchema, revisionId: idSchema, comment: text(4000).default('') })
  .strict();

export const requestChangesInputSchema = z
  .object({ id: idSchema, revisionId: idSchema, comment: required(4000) })
  .strict();

export const withdrawInputSchema = z.object({ id: idSchema, reason: required(1000) }).strict();

export const correctInputSchema = z.object({ id: idSchema, mode: z.enum(correctionModes) }).strict();

export const commentInputSchema = z
  .object({ id: idSchema, body: required(4000), stepIndex: z.number().int().min(0).max(9).nullable().default(null) })
  .strict();

export const commentSchema = z.object({
  id: z.string(),
  author: personRefSchema,
  body: z.string(),
  stepIndex: z.number().int().nullable(),
  revisionNo: z.number().int(),
  createdAt: z.string(),
});
export type StatementComment = z.output<typeof commentSchema>;

export const revisionSummarySchema = z.object({
  id: z.string(),
  revisionNo: z.number().int(),
  author: personRefSchema,
  createdAt: z.string(),
  hash: z.string(),
});
export type RevisionSummary = z.output<typeof revisionSummarySchema>;

export const revisionSchema = revisionSummarySchema.extend({ content: z.custom<StatementContent>() });
export type Revision = z.output<typeof revisionSchema>;

export const approvalRecordSchema = z.object({
  id: z.string(),
  stepIndex: z.number().int(),
  role: z.enum(approvalStepRoles),
  outcome: z.enum(['approved', 'changes_requested']),
  by: personRefSchema,
  at: z.string(),
  revisionNo: z.number().int(),
  revisionHash: z.string(),
  comment: z.string(),
  voidedAt: z.string().nullable(),
});
export type ApprovalRecord = z.output<typeof approvalRecordSchema>;

export const timelineEventSchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  action: z.string(),
  actor: personRefSchema.nullable(),
  data: z.record(z.string(), z.unknown()),
});

export const timelineSchema = z.object({
  revisions: z.array(revisionSummarySchema),
  approvals: z.array(approvalRecordSchema),
  comments: z.array(commentSchema),
  events: z.array(timelineEventSchema),
});
export type Timeline = z.output<typeof timelineSchema>;

export const exportFormats = ['html', 'txt', 'whatsapp', 'x', 'docx', 'pdf'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export const exportInputSchema = z
  .object({ id: idSchema, revisionId: idSchema.optional(), format: z.enum(exportFormats) })
  .strict();

export const exportResultSchema = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  /** The file's bytes, base64. */
  dataBase64: z.string(),
  /** True when the revision is not approved: the output carries the DRAF label. */
  draft: z.boolean(),
});

export const uploadAttachmentSchema = z
  .object({
    fileName: requiredLine(200),
    mimeType: z.enum(attachmentMimeTypes, { error: 'attachment_type' }),
    // Base64 of at most maxAttachmentBytes; the exact size is checked after decoding.
    dataBase64: z.string().max(Math.ceil(maxAttachmentBytes / 3) * 4 + 4, { error: 'attachment_too_large' }),
  })
  .strict();

export const attachmentInputSchema = z.object({ statementId: idSchema, sha256: sha256Schema }).strict();

export const templateSchema = z.object({
  id: z.string(),
  kind: z.enum(statementKinds),
  language: z.enum(languages),
  name: z.string(),
  title: z.string(),
  summary: z.string(),
  body: z.custom<RichDoc>(),
  builtIn: z.boolean(),
  updatedAt: z.string(),
});
export type StatementTemplate = z.output<typeof templateSchema>;

export const templateInputSchema = z
  .object({
    id: idSchema.nullable().default(null),
    kind: z.enum(statementKinds),
    language: z.enum(languages),
    name: requiredLine(120),
    title: line(300),
    summary: text(2000),
    body: richTextSchema,
  })
  .strict();

const stepRoles = z
  .array(z.enum(approvalStepRoles))
  .min(1, { error: 'required' })
  .max(approvalStepRoles.length)
  .transform((roles) => [...new Set(roles)]);
export const chainStepInputSchema = z.object({ roles: stepRoles }).strict();
/** `*` is the office's default chain; a kind with no chain of its own follows it. */
export const chainKinds = ['*', ...statementKinds] as const;
export type ChainKind = (typeof chainKinds)[number];
export const chainInputSchema = z
  .object({
    kind: z.enum(chainKinds).default('*'),
    /** null: this kind follows the default chain again (not allowed for `*`). */
    steps: z.array(chainStepInputSchema).min(1, { error: 'required' }).max(5, { error: 'too_many' }).nullable(),
  })
  .strict()
  .refine((input) => input.kind !== '*' || input.steps !== null, { error: 'required', path: ['steps'] });
/**
 * When a statement of an open crisis has waited at one approval step for so many minutes, its
 * approvers are reminded by e-mail, and later their stand-ins told; 0 turns either off.
 */
export const approvalRemindersSchema = z
  .object({
    reminderMinutes: z.number().int().min(0).max(240),
    standInMinutes: z.number().int().min(0).max(480),
  })
  .strict();
export type ApprovalReminders = z.output<typeof approvalRemindersSchema>;

export const chainSchema = z.object({
  /** The office lets the desk arm releases that the final approval sends (crisis statements come armed). */
  armedReleases: z.boolean(),
  approvalReminders: approvalRemindersSchema,
  /** The default chain first, then each kind that has its own. */
  chains: z.array(
    z.object({ kind: z.enum(chainKinds), steps: z.array(z.object({ roles: z.array(z.enum(approvalStepRoles)) })) }),
  ),
});
export type Chains = z.output<typeof chainSchema>;

/** The office's approval policy: either part, or both. */
export const releasePolicySchema = z
  .object({ armedReleases: z.boolean().optional(), approvalReminders: approvalRemindersSchema.optional() })
  .strict();

/** An approver's stand-in for a period: decides, in the approver's name, what the approver could. */
export const standInInputSchema = z
  .object({
    /** The approver; the caller themselves unless an administrator names one for someone else. */
    accountId: idSchema,
    standInId: idSchema,
    startsAt: isoInstantSchema,
    endsAt: isoInstantSchema,
  })
  .strict()
  .refine((input) => input.startsAt < input.endsAt, { error: 'period_order', path: ['endsAt'] })
  .refine((input) => input.accountId !== input.standInId, { error: 'stand_in_self', path: ['standInId'] });
export const standInSchema = z.object({
  id: z.string(),
  account: personRefSchema,
  standIn: personRefSchema,
  startsAt: z.string(),
  endsAt: z.string(),
  createdBy: personRefSchema,
  createdAt: z.string(),
});
export type StandIn = z.output<typeof standInSchema>;

export const personSchema = z.object({
  id: z.string(),
  fullName: z.string(),
  position: z.string(),
  email: z.string(),
  phone: z.string(),
  roles: z.array(z.string()),
});
export type Person = z.output<typeof personSchema>;

/** The statements channels: schemas and who may call (see channelSpec.ts). */
export const statementChannels = {
  'statements.list': { input: statementListInputSchema, output: statementPageSchema, policy: signedInRead },
  'statements.myTasks': { input: noInput, output: myTasksSchema, policy: signedInRead },
  'statements.get': { input: statementIdSchema, output: statementSchema, policy: signedInRead },
  'statements.create': { input: createStatementSchema, output: statementSchema, policy: write('statements.draft') },
  'statements.save': { input: saveStatementSchema, output: statementSchema, policy: write('statements.draft') },
  // A working copy is the caller's own unsaved typing: bookkeeping, not a revision.
  'statements.autosave': {
    input: saveStatementSchema,
    output: autosaveResultSchema,
    policy: write('statements.draft'),
  },
  'statements.discardWorkingCopy': {
    input: statementIdSchema,
    output: emptyResultSchema,
    policy: write('statements.draft'),
  },
  'statements.lock': { input: lockInputSchema, output: editLockSchema, policy: write('statements.draft') },
  'statements.unlock': { input: statementIdSchema, output: emptyResultSchema, policy: write('statements.draft') },
  'statements.submit': { input: revisionRefInputSchema, output: statementSchema, policy: write('statements.draft') },
  // Each step also names its role; the service checks that and four-eyes.
  'statements.approve': { input: decisionInputSchema, output: statementSchema, policy: write('statements.decide') },
  'statements.requestChanges': {
    input: requestChangesInputSchema,
    output: statementSchema,
    policy: write('statements.decide'),
  },
  // Drafters may withdraw their own; the service checks ownership.
  'statements.withdraw': { input: withdrawInputSchema, output: statementSchema, policy: write('statements.draft') },
  'statements.release': { input: statementIdSchema, output: statementSchema, policy: write('statements.release') },
  'statements.correct': { input: correctInputSchema, output: statementSchema, policy: write('statements.draft') },
  'statements.comment': { input: commentInputSchema, output: commentSchema, policy: write('statements.draft') },
  'statements.timeline': { input: statementIdSchema, output: timelineSchema, policy: signedInRead },
  'statements.revision': { input: revisionRefInputSchema, output: revisionSchema, policy: signedInRead },
  'statements.export': { input: exportInputSchema, output: exportResultSchema, policy: signedInRead },
  'statements.uploadAttachment': {
    input: uploadAttachmentSchema,
    output: attachmentRefSchema,
    policy: write('statements.draft'),
  },
  'statements.attachment': { input: attachmentInputSchema, output: fileSchema, policy: signedInRead },
  'statements.templates': {
    input: z.object({ kind: z.enum(statementKinds).optional() }).strict(),
    output: z.array(templateSchema),
    policy: signedInRead,
  },
  'statements.saveTemplate': {
    input: templateInputSchema,
    output: templateSchema,
    policy: write('statements.templates'),
  },
  'statements.deleteTemplate': {
    input: statementIdSchema,
    output: emptyResultSchema,
    policy: write('statements.templates'),
  },
  'statements.chain': { input: noInput, output: chainSchema, policy: signedInRead },
  'statements.updateChain': { input: chainInputSchema, output: chainSchema, policy: write('office.manage') },
  'statements.updateReleasePolicy': { input: releasePolicySchema, output: chainSchema, policy: write('office.manage') },
  'statements.people': { input: noInput, output: z.array(personSchema), policy: signedInRead },
  'statements.standIns': { input: noInput, output: z.array(standInSchema), policy: signedInRead },
  // An approver names their own stand-in, an administrator anyone's; the service checks which.
  'statements.nameStandIn': { input: standInInputSchema, output: standInSchema, policy: write('statements.standIn') },
  'statements.revokeStandIn': {
    input: statementIdSchema,
    output: emptyResultSchema,
    policy: write('statements.standIn'),
  },
} as const satisfies DomainChannels<'statements'>;

/** What the statements domain pushes, and which cached answers each event makes stale. */
export const statementEvents = {
  /** A statement changed (null: templates or the approval chain). */
  'statements.changed': {
    payload: z.object({ statementId: z.string().nullable() }),
    invalidates: [
      'statements.list',
      'statements.myTasks',
      'statements.get',
      'statements.timeline',
      'statements.templates',
      'statements.chain',
      // A release starts or keeps a crisis's clock; a quote changes what the draft shows.
      'crises.get',
      'crises.board',
      'crises.timeline',
      'crises.metrics',
      'crises.statementFigures',
      // A clarification's status shows on its claim; its release clarifies the claim.
      'hoaxes.get',
      'hoaxes.list',
      'audit.list',
      'audit.head',
    ],
  },
} as const satisfies DomainEvents<'statements'>;
