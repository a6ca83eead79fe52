import type { Kysely } from 'kysely';
import { defaultOfficeSettings, type Office, type OfficeProfileInput } from '../../../shared/ipc/office';
import type { Database } from '../db/schema';
import type { OfficeRow } from '../db/schema/office';

export function toOffice(row: OfficeRow): Office {
  return {
    id: row.id,
    agencyName: row.agency_name,
    unitName: row.unit_name,
    address: row.address,
    city: row.city,
    phone: row.phone,
    email: row.email,
    website: row.website,
    logo:
      row.logo_mime && row.logo_data
        ? {
            mimeType: row.logo_mime as 'image/png',
            dataUrl: `data:${row.logo_mime};base64,${Buffer.from(row.logo_data).toString('base64')}`,
          }
        : null,
    timeZone: row.time_zone,
    defaultLanguage: row.default_language,
    officeHours: JSON.parse(row.office_hours_json) as Office['officeHours'],
    numberingPattern: row.numbering_pattern,
    numberingReset: row.numbering_reset,
    security: { lockoutMinutes: row.lockout_minutes, idleLockMinutes: row.idle_lock_minutes },
    updatedAt: row.updated_at,
  };
}

/** The profile columns of an input (logo apart; golden-hour targets are crisis settings, releases and reminders approval settings). */
export type ProfileColumns = Omit<
  OfficeRow,
  | 'id'
  | 'logo_mime'
  | 'logo_data'
  | 'created_at'
  | 'updated_at'
  | 'golden_hour_json'
  | 'armed_releases'
  | 'approval_reminder_minutes'
  | 'approval_stand_in_minutes'
  | 'erasure_salt'
>;

export function profileColumns(input: Omit<OfficeProfileInput, 'logo'>): ProfileColumns {
  return {
    agency_name: input.agencyName,
    unit_name: input.unitName,
    address: input.address,
    city: input.city ?? '',
    phone: input.phone,
    email: input.email,
    website: input.website,
    time_zone: input.timeZone,
    default_language: input.defaultLanguage,
    office_hours_json: JSON.stringify(input.officeHours),
    numbering_pattern: input.numberingPattern,
    numbering_reset: input.numberingReset,
    lockout_minutes: input.security.lockoutMinutes,
    idle_lock_minutes: input.security.idleLockMinutes,
  };
}

export function readOfficeRow(db: Kysely<Database>): Promise<OfficeRow | undefined> {
  return db.selectFrom('office').selectAll().limit(1).executeTakeFirst();
}

/** Lockout and idle-lock periods; the defaults hold until an office is set up. */
export async function readSecurity(db: Kysely<Database>): Promise<Office['security']> {
  const row = await db
    .selectFrom('office')
    .select(['lockout_minutes', 'idle_lock_minutes'])
    .limit(1)
    .executeTakeFirst();
  return row
    ? { lockoutMinutes: row.lockout_minutes, idleLockMinutes: row.idle_lock_minutes }
    : defaultOfficeSettings.security;
}
