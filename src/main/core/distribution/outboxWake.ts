import type { WriteScope } from '../kernel/writeScope';
import type { ProgressEmitter } from './progress';

/** How a write hands a new or changed job to the sender: the screens hear of it, the loop wakes. */
export interface OutboxWake {
  progress: ProgressEmitter;
  wake(): void;
}

/** After `w` commits (never before: the sender must find the rows), tell and wake for `jobId`. */
export function wakeAfterCommit(w: WriteScope, outbox: OutboxWake, jobId: string): void {
  w.afterCommit(() => {
    outbox.progress(jobId);
    outbox.wake();
  });
}
