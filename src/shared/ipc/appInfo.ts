import { z } from 'zod';

/** What the running app knows about itself and its store; shown in the status bar and About view. */
export const appInfoSchema = z.object({
  appVersion: z.string(),
  dataDir: z.string(),
  databaseFile: z.string(),
  schemaVersion: z.number().int().nonnegative(),
  /** The newest schema version this build knows; equal to schemaVersion once migrated. */
  latestSchemaVersion: z.number().int().nonnegative(),
  sqliteVersion: z.string(),
  journalMode: z.string(),
});

export type AppInfo = z.infer<typeof appInfoSchema>;
