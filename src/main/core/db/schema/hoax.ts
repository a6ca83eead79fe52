import type { EvidenceKind, HoaxPlatform, HoaxStatus, HoaxVerdict } from '../../../../shared/hoaxes/vocabulary';
import type { ColumnType, Selectable } from 'kysely';

/** A claim in the hoax register (GLOSSARY: hoax). */
export interface HoaxTable {
  id: string;
  claim: string;
  topic: string;
  /** Kemendagri region code. */
  region: string | null;
  reach: number | null;
  first_seen_at: string;
  reported_by: string;
  crisis_id: string | null;
  status: HoaxStatus;
  verdict: HoaxVerdict | null;
  explanation: string;
  verifier_id: string | null;
  /** Added in 0017: who set the verdict (the verifier may be someone else). */
  verdict_by: string | null;
  verdict_at: string | null;
  clarification_statement_id: string | null;
  /** When the clarification statement was released. */
  clarified_at: string | null;
  merged_into_id: string | null;
  close_note: string;
  created_by: string;
  created_at: string;
  updated_at: string;
}
export type HoaxRow = Selectable<HoaxTable>;

export interface HoaxSightingTable {
  id: string;
  hoax_id: string;
  platform: HoaxPlatform;
  url: string;
  position: number;
  /** The monitored item it was recorded from (migration 0018); optional when written. */
  signal_id: ColumnType<string | null, string | null | undefined, string | null>;
}

/** A screenshot: the bytes are in attachment_blob under their SHA-256. */
export interface HoaxScreenshotTable {
  hoax_id: string;
  sha256: string;
  file_name: string;
  added_by: string;
  added_at: string;
}

export interface HoaxEvidenceTable {
  id: string;
  hoax_id: string;
  kind: EvidenceKind;
  title: string;
  url: string;
  source_at: string | null;
  added_by: string;
  added_at: string;
}

export interface HoaxEventTable {
  id: string;
  hoax_id: string;
  action: string;
  from_status: HoaxStatus | null;
  to_status: HoaxStatus;
  note: string;
  by_id: string;
  at: string;
}

/** FTS5 index of the claims (core/search/hoaxSearch.ts is the only reader). */
export interface HoaxFtsTable {
  hoax_id: string;
  claim: string;
  topic: string;
}
