/** A contact's position at an outlet; one is primary. */
export interface ContactOutletTable {
  contact_id: string;
  outlet_id: string;
  position: string;
  is_primary: number;
}
