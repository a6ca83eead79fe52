/** A tag on a contact. */
export interface ContactTagTable {
  contact_id: string;
  tag: string;
}
