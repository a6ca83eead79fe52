import type { Generated, Selectable } from 'kysely';

/** A signed-in window or browser tab. Only a hash of the session id is stored. */
export interface SessionTable {
  id_hash: string;
  account_id: string;
  client_id: string;
  created_at: string;
  last_seen_at: string;
  ended_at: string | null;
  /** Added in 0016: the desk (computer name) the session was opened on; '' before. */
  desk: Generated<string>;
}

export type SessionRow = Selectable<SessionTable>;
