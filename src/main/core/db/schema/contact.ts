import type { LawfulBasis, PreferredChannel } from '../../../../shared/contacts/vocabulary';
/** A journalist (personal data, UU 27/2022). Erasure deletes the row; child rows cascade. */
export interface ContactTable {
  id: string;
  full_name: string;
  language: string;
  accreditation_number: string;
  accreditation_expiry: string | null;
  preferred_channel: PreferredChannel;
  notes: string;
  active: number;
  do_not_contact: number;
  last_contacted_at: string | null;
  lawful_basis: LawfulBasis;
  data_source: string;
  collected_on: string;
  consent_record: string;
  retain_until: string | null;
  created_at: string;
  updated_at: string;
}
