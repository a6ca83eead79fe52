import type { OfficeTimeZone } from '../../../../shared/ipc/office';
import type { Language } from '../../../../shared/ipc/preferences';
import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

/** The installing agency: one row. */
export interface OfficeTable {
  id: string;
  agency_name: string;
  unit_name: string;
  address: string;
  phone: string;
  email: string;
  website: string;
  logo_mime: string | null;
  logo_data: Buffer | null;
  time_zone: OfficeTimeZone;
  default_language: Language;
  /** `{ start: 'HH:MM', end: 'HH:MM', days: [1..7] }` */
  office_hours_json: string;
  numbering_pattern: string;
  /** Added in 0011: golden-hour prompts in minutes after the first signal, JSON `[15, 30, 60]`. */
  golden_hour_json: Generated<string>;
  numbering_reset: 'yearly' | 'never';
  /** Added in 0015: where the office issues statements from, for the dateline ("Sleman"). */
  city: Generated<string>;
  /** Added in 0015: 1 lets the desk arm releases sent by the final approval; 0 keeps distribution separate. */
  armed_releases: Generated<number>;
  /** Added in 0016: minutes an open crisis's statement waits at a step before its approvers are reminded (0: never). */
  approval_reminder_minutes: Generated<number>;
  /** Added in 0016: minutes before the approvers' stand-ins are told too (0: never). */
  approval_stand_in_minutes: Generated<number>;
  /** Added in 0017: the key of erased people's fingerprints (`erased_identifier`); '' until the first erasure. */
  erasure_salt: Generated<string>;
  lockout_minutes: number;
  idle_lock_minutes: number;
  created_at: string;
  updated_at: string;
}

export type OfficeRow = Selectable<OfficeTable>;
export type NewOfficeRow = Insertable<OfficeTable>;
export type OfficeRowUpdate = Updateable<OfficeTable>;
