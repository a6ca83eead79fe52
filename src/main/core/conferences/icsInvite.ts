import { TZDate } from '@date-fns/tz';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { OfficeTimeZone } from '../../../shared/ipc/office';

/** One invitation (or its cancellation) for one attendee, as iTIP wants it (RFC 5546). */
export interface InviteEvent {
  /** Stable for the life of the conference: every update and the cancellation name it. */
  uid: string;
  /** Raised on every change that is sent; an attendee's calendar keeps the highest. */
  sequence: number;
  /** REQUEST / CANCEL to an invitee (iTIP); PUBLISH for a plain calendar file (the CLI export). */
  method: 'REQUEST' | 'CANCEL' | 'PUBLISH';
  summary: string;
  description: string;
  location: string;
  url: string | null;
  startsAt: string;
  endsAt: string;
  zone: OfficeTimeZone;
  /** When this version was made (DTSTAMP). */
  stamp: string;
  organizer: { name: string; email: string };
  attendee: { name: string; email: string } | null;
}

/**
 * The .ics attachment: METHOD REQUEST or CANCEL, the event in its own zone with the zone's
 * VTIMEZONE embedded (so a WITA event shows at the right hour in a WIB calendar), text escaped by
 * ical-generator (commas, semicolons, new lines). Times go in as TZDate: a plain Date with a zone
 * would be written as the machine's local time.
 */
export function inviteIcs(event: InviteEvent): string {
  const calendar = ical({
    prodId: { company: 'Siaga', product: 'Siaga', language: 'ID' },
    method: ICalCalendarMethod[event.method],
  });
  // No calendar-level zone (DTSTAMP keeps its Z); each event's zone comes with its VTIMEZONE.
  calendar.timezone({ name: null, generator: getVtimezoneComponent });
  const entry = calendar.createEvent({
    id: event.uid,
    sequence: event.sequence,
    start: new TZDate(Date.parse(event.startsAt), event.zone),
    end: new TZDate(Date.parse(event.endsAt), event.zone),
    timezone: event.zone,
    stamp: new Date(event.stamp),
    summary: event.summary,
    description: event.description,
    location: event.location || null,
    url: event.url,
    status: event.method === 'CANCEL' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: { name: event.organizer.name, email: event.organizer.email },
  });
  if (event.attendee) {
    entry.createAttendee({
      name: event.attendee.name,
      email: event.attendee.email,
      role: ICalAttendeeRole.REQ,
      status: ICalAttendeeStatus.NEEDSACTION,
      rsvp: event.method === 'REQUEST',
    });
  }
  return calendar.toString();
}
