/** One item read from a feed, once per kind and key (migration 0018). */
export interface FeedSignalTable {
  id: string;
  feed_id: string;
  kind: 'quake' | 'cap' | 'news';
  key: string;
  title: string;
  /** The event's own time, if the feed gives one. */
  occurred_at: string | null;
  fetched_at: string;
  url: string | null;
  /** JSON: what was read (QuakeReport, CapAlert, NewsItem). */
  facts: string;
  /** JSON list of why it matched the office's rules when read, or null. */
  match: string | null;
  crisis_id: string | null;
  /** Set aside as not the office's concern (migration 0019): its notice is gone. */
  dismissed_at: string | null;
  dismissed_by: string | null;
}
