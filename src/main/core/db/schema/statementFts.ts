import type { Generated } from 'kysely';

/** FTS5 index of statements (SQLite only; read and written by core/search alone). */
export interface StatementFtsTable {
  rowid: Generated<number>;
  statement_id: string;
  number: string;
  title: string;
  summary: string;
  body: string;
  tags: string;
}
