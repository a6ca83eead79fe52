import type { Insertable, Selectable } from 'kysely';

/** One UI preference of this installation, value as JSON text. */
export interface PreferenceTable {
  key: string;
  value_json: string;
  updated_at: string;
}

export type PreferenceRow = Selectable<PreferenceTable>;
export type NewPreferenceRow = Insertable<PreferenceTable>;
