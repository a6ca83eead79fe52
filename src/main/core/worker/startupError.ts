import type { AppError } from '../../../shared/ipc/result';
import { MigrationFailedError, NewerDatabaseError } from '../db/migrator';
import { NetworkShareError } from '../db/networkShare';

/** Turns a failure to open the store into an error the shell, the bridge and the UI can explain. */
export function describeStartupError(error: unknown): AppError {
  if (error instanceof NewerDatabaseError) {
    return {
      code: 'INTERNAL',
      message: error.message,
      details: { reason: error.reason, storeVersion: error.storeVersion, appVersion: error.appVersion },
    };
  }
  if (error instanceof NetworkShareError) {
    return { code: 'INTERNAL', message: error.message, details: { reason: error.reason, dataDir: error.dataDir } };
  }
  if (error instanceof MigrationFailedError) {
    return { code: 'INTERNAL', message: error.message, details: { reason: error.reason, migration: error.migration } };
  }
  const message = error instanceof Error ? error.message : String(error);
  return {
    code: 'INTERNAL',
    message: `The data store could not be opened: ${message}`,
    details: { reason: 'storeUnavailable' },
  };
}
