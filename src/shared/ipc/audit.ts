import { z } from 'zod';
import { read, type DomainChannels } from './channelSpec';
import { noInput } from './fields';

export const auditHeadSchema = z.object({ seq: z.number().int(), hash: z.string() });
export type AuditHead = z.infer<typeof auditHeadSchema>;

/**
 * The audit chain compared with its anchors outside the database (the desk's authenticated
 * checkpoints of the head, and the heads its backups recorded); see core/db/auditAnchors.ts.
 */
export const anchorProblemSchema = z.object({
  /** unreadable: a line of the anchors file is not an anchor; notAuthentic: its key check failed;
   *  missing: the anchored event is gone; rewritten: it has another hash than was anchored. */
  kind: z.enum(['unreadable', 'notAuthentic', 'missing', 'rewritten']),
  /** The anchored event (the line number for `unreadable`). */
  seq: z.number().int(),
  source: z.enum(['checkpoint', 'backup']),
  /** The checkpoint's time, or the backup's file. */
  what: z.string(),
});
export const anchorReportSchema = z.object({
  ok: z.boolean(),
  checkpoints: z.number().int(),
  backups: z.number().int(),
  /** The newest event an anchor vouches for. */
  upToSeq: z.number().int(),
  /** Whether the checkpoints' key could be read here (else they were compared, not authenticated). */
  authenticated: z.boolean(),
  problems: z.array(anchorProblemSchema),
});
export type AnchorReport = z.infer<typeof anchorReportSchema>;

export const auditFilterSchema = z
  .object({
    actorId: z.string().optional(),
    action: z.string().max(80).optional(),
    entityType: z.string().max(80).optional(),
    /** Inclusive instants (ISO-8601 UTC). */
    from: z.iso.datetime().optional(),
    to: z.iso.datetime().optional(),
  })
  .strict();
export type AuditFilter = z.infer<typeof auditFilterSchema>;

export const auditListInputSchema = auditFilterSchema
  .extend({
    limit: z.number().int().min(1).max(500).default(100),
    /** Page backwards: events with a smaller seq than this. */
    beforeSeq: z.number().int().positive().optional(),
  })
  .strict();

export const auditEventSchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  data: z.record(z.string(), z.unknown()),
  hash: z.string(),
  /** For an event about an account: "Full name (username)" — a failed sign-in has no actor but names the account tried. */
  subjectAccount: z.string().nullable(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

export const auditPageSchema = z.object({
  events: z.array(auditEventSchema),
  head: auditHeadSchema,
  /** Actions and entity types present, for the filter menus. */
  actions: z.array(z.string()),
  entityTypes: z.array(z.string()),
});
export type AuditPage = z.infer<typeof auditPageSchema>;

export const auditCsvSchema = z.object({ fileName: z.string(), csv: z.string(), rows: z.number().int() });

/** The audit channels: schemas and who may call (see channelSpec.ts). */
export const auditChannels = {
  'audit.list': { input: auditListInputSchema, output: auditPageSchema, policy: read('audit.view') },
  'audit.head': { input: noInput, output: auditHeadSchema, policy: read('audit.view') },
  'audit.anchors': { input: noInput, output: anchorReportSchema, policy: read('audit.view') },
  'audit.exportCsv': { input: auditFilterSchema, output: auditCsvSchema, policy: read('audit.view') },
} as const satisfies DomainChannels<'audit'>;
