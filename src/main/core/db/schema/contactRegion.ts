/** A region (province or regency code) a contact covers. */
export interface ContactRegionTable {
  contact_id: string;
  region_code: string;
}
