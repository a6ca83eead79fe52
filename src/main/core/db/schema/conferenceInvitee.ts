import type { RsvpAnswer } from '../../../../shared/conferences/vocabulary';
import type { Selectable } from 'kysely';

/** One journalist invited to (or walking into) a conference: RSVP and attendance. */
export interface ConferenceInviteeTable {
  id: string;
  conference_id: string;
  contact_id: string | null;
  /** Snapshot at invitation; blanked when the person is erased. */
  name: string | null;
  address: string | null;
  outlet: string | null;
  /** null for a walk-in who was never invited. */
  invited_at: string | null;
  /** none | yes | no | maybe (entered by staff). */
  rsvp: RsvpAnswer;
  rsvp_at: string | null;
  checked_in_at: string | null;
  walk_in: number;
  updated_at: string;
}

export type ConferenceInviteeRow = Selectable<ConferenceInviteeTable>;
