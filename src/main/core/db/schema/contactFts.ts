import type { Generated } from 'kysely';

/** FTS5 index of contacts (SQLite only; read and written by core/search alone). */
export interface ContactFtsTable {
  rowid: Generated<number>;
  contact_id: string;
  name: string;
  outlets: string;
  emails: string;
  phones: string;
  beats: string;
  notes: string;
}
