import type { Selectable } from 'kysely';

/** One saved version of a statement. Append-only (triggers refuse UPDATE and DELETE). */
export interface StatementRevisionTable {
  id: string;
  statement_id: string;
  revision_no: number;
  author_id: string;
  /** The revision the author started from (null for the first). */
  base_revision_id: string | null;
  /** Canonical JSON (RFC 8785) of the content; `hash` is its SHA-256. */
  content_json: string;
  hash: string;
  created_at: string;
}

export type StatementRevisionRow = Selectable<StatementRevisionTable>;
