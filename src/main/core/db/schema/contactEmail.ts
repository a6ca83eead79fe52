/** An e-mail address of a contact (lower case), in order; one is primary. */
export interface ContactEmailTable {
  contact_id: string;
  address: string;
  is_primary: number;
  position: number;
}
