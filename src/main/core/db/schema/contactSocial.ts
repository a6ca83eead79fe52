import type { SocialPlatform } from '../../../../shared/contacts/vocabulary';
/** A social media handle of a contact. */
export interface ContactSocialTable {
  contact_id: string;
  platform: SocialPlatform;
  handle: string;
}
