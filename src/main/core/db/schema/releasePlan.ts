import type { AttachmentChoice } from '../../../../shared/distribution/vocabulary';
/**
 * A release armed on a statement (0015): prepared by the drafter, shown to the approvers, and made
 * into a distribution job by the final approval itself, in the same transaction.
 */
export interface ReleasePlanTable {
  statement_id: string;
  /** JSON array of distribution channels. */
  channels_json: string;
  /** JSON `{ listIds, contactIds }`. */
  audience_json: string;
  /** 'none' | 'pdf' | 'docx' */
  attachment: AttachmentChoice;
  armed_by: string;
  armed_at: string;
  /** The job the final approval made; null until then. */
  distribution_id: string | null;
  /** Why the final approval could not send it (no mail server, nobody reachable); a person distributes instead. */
  blocked_reason: string | null;
}
