/** Who speaks at a conference (accounts with the spokesperson role), in order. */
export interface ConferenceSpokespersonTable {
  conference_id: string;
  account_id: string;
  position: number;
}
