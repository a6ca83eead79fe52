/** A soft edit lock: shows who is editing; kept alive by heartbeats, can be taken over. */
export interface StatementLockTable {
  statement_id: string;
  account_id: string;
  acquired_at: string;
  heartbeat_at: string;
}
