import type { AttachmentChoice, DistributionStatus } from '../../../../shared/distribution/vocabulary';
import type { Generated, Selectable } from 'kysely';

/** One release of one approved revision: the email part works through the outbox. */
export interface DistributionTable {
  id: string;
  request_id: string;
  /**
   * statement: a release of an approved revision; invitation: a conference's iTIP REQUEST or CANCEL;
   * notice (0016): a message to one person of the office (an approval waiting for them).
   */
  kind: 'statement' | 'invitation' | 'notice';
  statement_id: string | null;
  revision_id: string | null;
  revision_hash: string | null;
  conference_id: string | null;
  /** invitation: the iCalendar event sent (a snapshot, so a later change is a new job); notice: its message. */
  payload_json: string | null;
  /** JSON array of channel names chosen in the dialog. */
  channels_json: string;
  /** 'none' | 'pdf' | 'docx' */
  attachment: AttachmentChoice;
  /** JSON of what was chosen (lists, segments, people) — the recipients themselves are outbox rows. */
  audience_json: string;
  /** scheduled | sending | paused | completed | cancelled */
  status: DistributionStatus;
  pause_reason: string | null;
  pause_detail: string | null;
  /** A job paused because the server was unreachable tries again by itself at this time. */
  resume_at: string | null;
  /** Nothing is sent before this (the chosen time or the embargo, whichever is later). */
  not_before: string;
  /** Temporary failures are retried until this instant. */
  deadline_at: string;
  recipient_count: number;
  /** Added in 0015: higher goes first in the outbox; a crisis release is 1, everything else 0. */
  priority: Generated<number>;
  created_by: string;
  created_at: string;
  updated_at: string;
  completed_at: string | null;
}

export type DistributionRow = Selectable<DistributionTable>;
