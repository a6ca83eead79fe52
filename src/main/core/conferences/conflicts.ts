import type { Kysely } from 'kysely';
import type { ConferenceWarning } from '../../../shared/ipc/conferences';
import type { OfficeTimeZone } from '../../../shared/ipc/office';
import { instantToWallTime } from '../../../shared/time/zonedInstant';
import type { Database } from '../db/schema';

export interface PlannedTime {
  id: string | null;
  startsAt: string;
  endsAt: string;
  venueMode: string;
  venueName: string;
  spokespersonIds: readonly string[];
}

/** Venues are compared as people type them: case and spacing do not make a second hall. */
export const venueKey = (name: string) => name.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * What the desk should know before saving: a spokesperson or a venue already booked at an
 * overlapping time (compared on instants, so a WITA event and a WIB event clash by real time),
 * and a time outside the office hours of the office profile (read in the office's zone).
 */
export async function conferenceWarnings(db: Kysely<Database>, planned: PlannedTime): Promise<ConferenceWarning[]> {
  const warnings: ConferenceWarning[] = [];
  let overlapping = db
    .selectFrom('conference')
    .select(['id', 'title', 'starts_at', 'ends_at', 'zone', 'venue_mode', 'venue_name'])
    .where('status', 'not in', ['cancelled', 'postponed'])
    .where('starts_at', '<', planned.endsAt)
    .where('ends_at', '>', planned.startsAt);
  if (planned.id) overlapping = overlapping.where('id', '!=', planned.id);
  const others = await overlapping.orderBy('starts_at').execute();
  if (others.length > 0) {
    const speakers = await db
      .selectFrom('conference_spokesperson')
      .innerJoin('account', 'account.id', 'conference_spokesperson.account_id')
      .select(['conference_spokesperson.conference_id', 'account.id', 'account.full_name'])
      .where(
        'conference_spokesperson.conference_id',
        'in',
        others.map((other) => other.id),
      )
      .execute();
    const mine = new Set(planned.spokespersonIds);
    for (const other of others) {
      const ref = {
        id: other.id,
        title: other.title,
        startsAt: other.starts_at,
        endsAt: other.ends_at,
        zone: other.zone,
      };
      for (const speaker of speakers) {
        if (speaker.conference_id === other.id && mine.has(speaker.id)) {
          warnings.push({ kind: 'spokesperson', other: ref, what: speaker.full_name });
        }
      }
      const physical = (mode: string) => mode !== 'online';
      if (
        physical(planned.venueMode) &&
        physical(other.venue_mode) &&
        planned.venueName &&
        venueKey(planned.venueName) === venueKey(other.venue_name)
      ) {
        warnings.push({ kind: 'venue', other: ref, what: other.venue_name });
      }
    }
  }
  const office = await db.selectFrom('office').select(['time_zone', 'office_hours_json']).executeTakeFirst();
  if (office) {
    const hours = officeHours(office.office_hours_json);
    if (hours && !withinHours(planned, office.time_zone, hours)) {
      warnings.push({ kind: 'officeHours', other: null, what: `${hours.start}–${hours.end}` });
    }
  }
  return warnings;
}

interface Hours {
  start: string;
  end: string;
  days: number[];
}

function officeHours(json: string): Hours | null {
  try {
    return JSON.parse(json) as Hours;
  } catch {
    return null;
  }
}

/** Start and end on a working day, between opening and closing, where the office is. */
function withinHours(planned: PlannedTime, zone: OfficeTimeZone, hours: Hours): boolean {
  const start = instantToWallTime(planned.startsAt, zone);
  const end = instantToWallTime(planned.endsAt, zone);
  if (start.slice(0, 10) !== end.slice(0, 10)) return false;
  // ISO weekday of the local date (1 = Monday): the date is read as UTC midnight, the weekday holds.
  const weekday = ((new Date(`${start.slice(0, 10)}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
  return hours.days.includes(weekday) && start.slice(11, 16) >= hours.start && end.slice(11, 16) <= hours.end;
}
