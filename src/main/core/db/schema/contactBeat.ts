import type { Beat } from '../../../../shared/contacts/vocabulary';
/** A beat a contact covers. */
export interface ContactBeatTable {
  contact_id: string;
  beat: Beat;
}
