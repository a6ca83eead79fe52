import { z } from 'zod';
import { publicRead, read, type DomainChannels } from './channelSpec';
import { fileSchema, noInput } from './fields';

/**
 * Who the data folder is for: `machine`, every account of this computer (a per-machine Windows
 * installation's shared folder); `account`, the signed-in OS account's own folder; `given`, named
 * when Siaga was started (`SIAGA_DATA_DIR`, `--data-dir`). Shown so the IT person sees at once why
 * an account does not see the office's records.
 */
export const dataScopes = ['machine', 'account', 'given'] as const;
export type DataScope = (typeof dataScopes)[number];

/** What the running app knows about itself and its store; shown in the status bar and About view. */
export const appInfoSchema = z.object({
  appVersion: z.string(),
  dataDir: z.string(),
  dataScope: z.enum(dataScopes),
  databaseFile: z.string(),
  schemaVersion: z.number().int().nonnegative(),
  /** The newest schema version this build knows; equal to schemaVersion once migrated. */
  latestSchemaVersion: z.number().int().nonnegative(),
  /** `3.53.2` (SQLite) or `PostgreSQL 17.2`. */
  engineVersion: z.string(),
  /** SQLite's journal mode; `server` on the office server. */
  journalMode: z.string(),
  /** embedded: this desk's own file; server: the office server every desk shares. */
  store: z.enum(['embedded', 'server']),
});

export type AppInfo = z.infer<typeof appInfoSchema>;

/** The app channels: schemas and who may call (see channelSpec.ts). */
export const appChannels = {
  'app.info': { input: noInput, output: appInfoSchema, policy: publicRead },
  /** A JSON file for the office's IT person: versions, store checks, queues, recent errors (no records). */
  'app.diagnostics': { input: noInput, output: fileSchema, policy: read('system.diagnostics') },
} as const satisfies DomainChannels<'app'>;
