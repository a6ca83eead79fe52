/** A news story that ran one of our statements (migration 0018). */
export interface StatementPickupTable {
  statement_id: string;
  signal_id: string;
  found_by: 'title' | 'number' | 'phrase';
  created_at: string;
}
