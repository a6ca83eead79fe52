import type { OutletType } from '../../../../shared/contacts/vocabulary';
/** A media organisation. Archived, never deleted (contacts refer to it). */
export interface OutletTable {
  id: string;
  name: string;
  type: OutletType;
  media_group: string;
  region_code: string | null;
  website: string;
  phone: string;
  email: string;
  notes: string;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
}
