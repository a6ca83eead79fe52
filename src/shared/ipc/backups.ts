import { z } from 'zod';
import { auditHeadSchema } from './audit';
import { publicRead, publicWrite, read, write, type DomainChannels, type DomainEvents } from './channelSpec';
import { noInput } from './fields';

/** One verified backup in the backup folder, as its manifest describes it. */
export const backupEntrySchema = z.object({
  /** The file name inside the backup folder (`siaga-<UTC stamp>.sqlite`). */
  file: z.string(),
  takenAt: z.string(),
  bytes: z.number().int().nonnegative(),
  sha256: z.string(),
  schemaVersion: z.number().int().nonnegative(),
  appVersion: z.string(),
  rows: z.number().int().nonnegative(),
  statements: z.number().int().nonnegative(),
  contacts: z.number().int().nonnegative(),
  auditHead: auditHeadSchema.nullable(),
  /** The office's zone in the copy (for its times on the recovery screen, before anyone signs in). */
  timeZone: z.string().nullable(),
  /** Taken by a person ("Cadangkan sekarang") or by the schedule; each rotates on its own. */
  series: z.enum(['manual', 'automatic']),
});
export type BackupEntry = z.infer<typeof backupEntrySchema>;

export const backupStatusSchema = z.object({
  folder: z.string(),
  /** false: the data folder's own `backups/` (a folder on another disk is safer). */
  folderChosen: z.boolean(),
  /** Newest first. */
  backups: z.array(backupEntrySchema),
  /** When the daily backup is next due (now, if there is none yet). */
  nextDueAt: z.string(),
  /** embedded: copies of this desk's file, restored here; server: logical copies of the office
   * server's database, restored by its administrator into an empty database (`siaga restore`). */
  store: z.enum(['embedded', 'server']),
});
export type BackupStatus = z.infer<typeof backupStatusSchema>;

export const backupFolderSchema = z
  .object({
    /** An absolute folder path; null returns to the data folder's `backups/`. */
    folder: z.string().trim().min(1).max(1000).nullable(),
  })
  .strict();

/** A backup is named by its file in the backup folder: never a path (no traversal). */
export const backupFileNameSchema = z.string().regex(/^siaga-\d{8}T\d{6}Z\.sqlite$/);
export const restoreInputSchema = z.object({ file: backupFileNameSchema }).strict();

export const restoreResultSchema = z.object({
  restoredFrom: backupEntrySchema,
  /** Where the replaced store's files were moved. */
  setAside: z.string().nullable(),
  /** Distribution jobs open in the backup, now paused for a person to review. */
  jobsHeld: z.number().int().nonnegative(),
  recipientsInDoubt: z.number().int().nonnegative(),
});
export type RestoreResult = z.infer<typeof restoreResultSchema>;

/** The store failed its check on open: what the recovery screen shows. */
export const recoveryStateSchema = z.object({
  damaged: z.boolean(),
  /** What SQLite's quick_check reported (first lines). */
  problems: z.array(z.string()),
  /** Where the damaged files were moved, together. */
  setAside: z.string().nullable(),
  /** The newest backup that passed every check now, if any. */
  newestVerified: backupEntrySchema.nullable(),
  backupFolder: z.string(),
});
export type RecoveryState = z.infer<typeof recoveryStateSchema>;

/** Restoring a damaged store asks the administrator's credentials, checked against the damaged copy. */
export const recoverInputSchema = z
  .object({ username: z.string().trim().min(1).max(100), password: z.string().min(1).max(200) })
  .strict();

/** The backups channels: schemas and who may call (see channelSpec.ts). */
export const backupChannels = {
  'backups.status': { input: noInput, output: backupStatusSchema, policy: read('backups.manage') },
  'backups.take': { input: noInput, output: backupEntrySchema, policy: write('backups.manage') },
  'backups.setFolder': { input: backupFolderSchema, output: backupStatusSchema, policy: write('backups.manage') },
  'backups.restore': { input: restoreInputSchema, output: restoreResultSchema, policy: write('backups.manage') },
  // The recovery screen of a damaged store, before anyone can sign in: it shows only what happened
  // and the newest verified backup; restoring asks the administrator's password (checked by the core).
  'backups.recovery': { input: noInput, output: recoveryStateSchema, policy: publicRead },
  'backups.recover': { input: recoverInputSchema, output: restoreResultSchema, policy: publicWrite },
} as const satisfies DomainChannels<'backups'>;

/** What the backups domain pushes, and which cached answers each event makes stale. */
export const backupEvents = {
  /** A backup was taken or the backup folder changed. */
  'backups.changed': {
    payload: z.object({}),
    invalidates: ['backups.status', 'backups.recovery', 'audit.list', 'audit.head'],
  },
  /** The store was replaced by a backup: every session ended, every view must reload. */
  // Every cached answer came from the store a restore replaced (and every session ended with it).
  'backups.restored': {
    payload: z.object({ file: z.string() }),
    invalidates: 'everything',
  },
} as const satisfies DomainEvents<'backups'>;
