import type { OutboxStatus } from '../../../../shared/distribution/vocabulary';
import type { Selectable } from 'kysely';

/**
 * One recipient of one distribution. status: queued -> sending -> sent | failed | cancelled;
 * `retry` waits for next_attempt_at; `unknown` was in flight when the process died and is sent
 * again with the same Message-ID.
 */
export interface OutboxTable {
  id: string;
  distribution_id: string;
  contact_id: string | null;
  /** Snapshot at job creation; blanked when the person is erased. */
  recipient_name: string | null;
  address: string | null;
  status: OutboxStatus;
  attempts: number;
  next_attempt_at: string;
  last_attempt_at: string | null;
  sent_at: string | null;
  message_id: string;
  /** Why it failed or waits (a reason code the interface translates). */
  reason: string | null;
  /** The server's reply, kept as it was given. */
  reply: string | null;
  updated_at: string;
}

export type OutboxRow = Selectable<OutboxTable>;
