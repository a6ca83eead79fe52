/** A phone number of a contact in E.164, in order; one is primary. */
export interface ContactPhoneTable {
  contact_id: string;
  e164: string;
  whatsapp: number;
  label: string;
  is_primary: number;
  position: number;
}
