import type { Selectable } from 'kysely';

/** A signed-in window or browser tab. Only a hash of the session id is stored. */
export interface SessionTable {
  id_hash: string;
  account_id: string;
  client_id: string;
  created_at: string;
  last_seen_at: string;
  ended_at: string | null;
}

export type SessionRow = Selectable<SessionTable>;
