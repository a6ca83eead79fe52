import type { PushedEvent } from '../../../shared/ipc/contract';
import type { DataScope } from '../../../shared/ipc/appInfo';
import type { AppError, Result } from '../../../shared/ipc/result';
import type { CallContext } from '../kernel/context';

/** How long the app waits for the core to close when it quits: the backup on quit runs then. */
export const backupOnQuitTimeoutMs = 10 * 60 * 1000;

/** What the core worker is started with (`workerData`). */
export interface WorkerConfig {
  dataDir: string;
  /** The office server given on the command line or in SIAGA_DATABASE_URL (else the desk's settings). */
  databaseUrl?: string;
  appVersion: string;
  /** Who the data folder is for (Informasi Sistem); `account` unless said. */
  dataScope?: DataScope;
  /** 'host': secrets are asked of the process that started the worker (the Electron shell's
   * safeStorage); 'file' or absent: a file only the user can read, in the data folder. */
  secrets?: 'host' | 'file';
  /** The daily backup and the backup on quit (the desktop app and browser mode). */
  backupSchedule?: boolean;
  /** The office's feeds read in the background (the desktop app and browser mode). */
  feedPolling?: boolean;
}

export type ToWorker =
  | { type: 'call'; id: number; channel: string; input: unknown; context: CallContext }
  | { type: 'close' }
  | { type: 'secretResult'; id: number; value: string | null; error?: string };

export type FromWorker =
  | { type: 'ready' }
  /** The core could not open its store; every call is answered with this error. */
  | { type: 'fatal'; error: AppError }
  | { type: 'result'; id: number; result: Result<unknown> }
  | ({ type: 'event' } & PushedEvent)
  | { type: 'closed' }
  /** The core asks the host for a secret (read) or to keep one (write). */
  | { type: 'secret'; id: number; op: 'read' | 'write'; name: string; value: string | null };
