/** A conference's earlier time, kept when it is moved (the history of a reschedule). */
export interface ConferenceRescheduleTable {
  id: string;
  conference_id: string;
  from_starts_at: string;
  from_ends_at: string;
  from_zone: string;
  reason: string;
  changed_by: string;
  changed_at: string;
}
