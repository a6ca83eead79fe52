/** A feed the office subscribes to, with its polling state and health (migration 0018). */
export interface FeedTable {
  id: string;
  kind: 'bmkg_quake' | 'cap' | 'news';
  name: string;
  url: string;
  /** A news feed's outlet: its stories are that outlet's pickup. */
  outlet_id: string | null;
  interval_minutes: number;
  active: number;
  etag: string | null;
  last_modified: string | null;
  last_polled_at: string | null;
  last_success_at: string | null;
  /** A reason word of the last failure, null after a success. */
  last_error: string | null;
  last_error_at: string | null;
  /** Failures in a row (the backoff's count). */
  failures: number;
  next_poll_at: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}
