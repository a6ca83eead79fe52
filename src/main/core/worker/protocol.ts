import type { PushedEvent } from '../../../shared/ipc/contract';
import type { AppError, Result } from '../../../shared/ipc/result';
import type { CallContext } from '../context';

/** What the core worker is started with (`workerData`). */
export interface WorkerConfig {
  dataDir: string;
  appVersion: string;
}

export type ToWorker =
  { type: 'call'; id: number; channel: string; input: unknown; context: CallContext } | { type: 'close' };

export type FromWorker =
  | { type: 'ready' }
  /** The core could not open its store; every call is answered with this error. */
  | { type: 'fatal'; error: AppError }
  | { type: 'result'; id: number; result: Result<unknown> }
  | ({ type: 'event' } & PushedEvent)
  | { type: 'closed' };
