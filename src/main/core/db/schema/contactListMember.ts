/** A contact on a static list. */
export interface ContactListMemberTable {
  list_id: string;
  contact_id: string;
  added_at: string;
}
