import type { Kysely } from 'kysely';
import { instantToWallTime } from '../../../shared/time/zonedInstant';
import type { Database } from '../db/schema';
import { readOfficeRow } from './officeRepository';

/**
 * Today's date (`YYYY-MM-DD`) where the office is (WIB, WITA or WIT): retention and accreditation
 * are calendar days there, and UTC is still "yesterday" until 07:00 WIB.
 */
export async function officeToday(db: Kysely<Database>, now: Date): Promise<string> {
  const office = await readOfficeRow(db);
  const zone = office?.time_zone ?? 'Asia/Jakarta';
  return instantToWallTime(now.toISOString(), zone).slice(0, 10);
}
