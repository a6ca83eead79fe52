/** A beat a contact covers. */
export interface ContactBeatTable {
  contact_id: string;
  beat: string;
}
