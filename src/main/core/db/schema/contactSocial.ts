/** A social media handle of a contact. */
export interface ContactSocialTable {
  contact_id: string;
  platform: string;
  handle: string;
}
