/** A static list or a saved segment (kind 'static' | 'segment'; a segment's filter as JSON). */
export interface ContactListTable {
  id: string;
  name: string;
  kind: 'static' | 'segment';
  description: string;
  filter_json: string | null;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
}
