import type { Insertable, Selectable } from 'kysely';

/** Append-only, hash-chained (triggers refuse UPDATE and DELETE). */
export interface AuditLogTable {
  seq: number;
  at: string;
  actor_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  /** Canonical JSON (RFC 8785). */
  data: string;
  prev_hash: string;
  hash: string;
}

export type AuditLogRow = Selectable<AuditLogTable>;
export type NewAuditLogRow = Insertable<AuditLogTable>;
