import type { Language } from '../../../../shared/ipc/preferences';
import type { CorrectionMode, StatementKind, StatementStatus } from '../../../../shared/statements/workflow';
import type { Selectable } from 'kysely';

/**
 * A statement's workflow state and a copy of its current revision's listed fields (for lists and
 * filters). The content itself lives in `statement_revision`. Never deleted: withdrawn instead.
 */
export interface StatementTable {
  id: string;
  /** Assigned at final approval from the office pattern; unique. */
  number: string | null;
  kind: StatementKind;
  language: Language;
  status: StatementStatus;
  title: string;
  summary: string;
  tags_json: string;
  embargo_at: string | null;
  embargo_zone: string | null;
  author_id: string;
  current_revision_id: string;
  revision_no: number;
  /** The approval steps of the current round (JSON `[{ role }]`), copied from the office chain on submit. */
  chain_json: string;
  corrects_id: string | null;
  correction_mode: CorrectionMode | null;
  withdrawn_reason: string | null;
  created_at: string;
  updated_at: string;
  released_at: string | null;
}

export type StatementRow = Selectable<StatementTable>;
