/** A remembered import column mapping (normalised header -> field, null = ignore). */
export interface ImportMappingTable {
  header_key: string;
  field: string | null;
  updated_at: string;
}
