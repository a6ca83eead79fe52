import type { OfficeTimeZone } from '../../../../shared/ipc/office';
import type { ConferenceKind, ConferenceStatus, VenueMode } from '../../../../shared/conferences/vocabulary';
import type { Generated, Selectable } from 'kysely';

/** A press conference (or doorstop, briefing, press tour): when, where, who speaks. */
export interface ConferenceTable {
  id: string;
  title: string;
  kind: ConferenceKind;
  status: ConferenceStatus;
  /** Instants (UTC) and the IANA zone the event happens in (shown as WIB / WITA / WIT). */
  starts_at: string;
  ends_at: string;
  zone: OfficeTimeZone;
  venue_mode: VenueMode;
  venue_name: string;
  venue_address: string;
  online_link: string;
  moderator_id: string | null;
  /** JSON `[{ title, speaker, minutes }]`, in order. */
  agenda_json: string;
  key_messages: string;
  /** Added in 0010: what the spokesperson should say, for the briefing pack. */
  talking_points: Generated<string>;
  notes: string;
  /** iTIP: UID for the event's whole life; SEQUENCE raised on every change sent to invitees. */
  ics_uid: string;
  sequence: number;
  crisis_id: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export type ConferenceRow = Selectable<ConferenceTable>;
