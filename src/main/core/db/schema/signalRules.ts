/** The office's rules for signals: one row, id 1 (migration 0018). */
export interface SignalRulesTable {
  id: number;
  centre_latitude: number | null;
  centre_longitude: number | null;
  /** JSON list of Kemendagri region codes. */
  region_codes: string;
  quake_min_magnitude: number;
  quake_within_km: number;
  cap_min_severity: string;
  cap_min_urgency: string;
  cap_min_certainty: string;
  cap_within_km: number;
  /** JSON list of words for news. */
  keywords: string;
  retention_days: number;
  updated_at: string;
}
