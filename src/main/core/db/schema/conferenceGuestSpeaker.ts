/** A speaker at a conference who is not a Siaga account (the mayor, a hospital's doctor), in order. */
export interface ConferenceGuestSpeakerTable {
  id: string;
  conference_id: string;
  name: string;
  role: string;
  position: number;
}
