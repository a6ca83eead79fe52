import type { AgencyKind, CrisisPhase, CrisisType, RequestStatus } from '../../../../shared/crises/vocabulary';
import type { Generated, Selectable } from 'kysely';

/** A crisis: the case the media centre manages through the four phases. */
export interface CrisisTable {
  id: string;
  title: string;
  type: CrisisType;
  /** 1–4; the office defines what each level means. */
  severity: number;
  /** JSON array of Kemendagri region codes. */
  regions_json: string;
  description: string;
  /** The instant the first signal came in: the golden-hour clock starts here. */
  first_signal_at: string;
  phase: CrisisPhase;
  status: 'open' | 'closed';
  lead_spokesperson_id: string | null;
  /** Added in 0015: who this crisis's releases go to (`{ listIds, contactIds }`), chosen when it opens. */
  audience_json: Generated<string>;
  created_by: string;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
}
export type CrisisRow = Selectable<CrisisTable>;

/** A person on the crisis team: `deputy` (of the spokesperson) or a crisis role. */
export interface CrisisMemberTable {
  crisis_id: string;
  account_id: string;
  role: string;
}

export interface CrisisPhaseChangeTable {
  id: string;
  crisis_id: string;
  /** null for the phase the crisis opened in. */
  from_phase: CrisisPhase | null;
  to_phase: CrisisPhase;
  note: string;
  changed_by: string;
  changed_at: string;
}

/** The office's playbook: checklist items per phase, for all crises (type null) or one type. */
export interface PlaybookItemTable {
  id: string;
  phase: CrisisPhase;
  crisis_type: CrisisType | null;
  text: string;
  position: number;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

/** One crisis's checklist item (copied from the playbook when the crisis opened, or added). */
export interface CrisisChecklistItemTable {
  id: string;
  crisis_id: string;
  phase: CrisisPhase;
  text: string;
  position: number;
  playbook_item_id: string | null;
  done_by: string | null;
  done_at: string | null;
  created_at: string;
}

/** A note on the crisis's timeline, dated when it happened (not when it was typed). */
export interface CrisisLogTable {
  id: string;
  crisis_id: string;
  at: string;
  text: string;
  /** Who reported it ("BPBD Sleman"); empty when the desk saw it itself. */
  source: string;
  created_by: string;
  created_at: string;
}

/** One version of an official figure; a series keeps every version, the highest is current. */
export interface OfficialFigureTable {
  id: string;
  crisis_id: string;
  series_id: string;
  version: number;
  label: string;
  value: number;
  unit: string;
  source: string;
  /** The time the figure describes ("per 12.00 WIB"). */
  as_of: string;
  recorded_by: string;
  recorded_at: string;
}

/** A statement of a crisis (one crisis per statement). */
export interface CrisisStatementTable {
  statement_id: string;
  crisis_id: string;
  linked_by: string;
  linked_at: string;
}

/** An agency in the office's directory (BPBD, police, health office, ...). */
export interface AgencyTable {
  id: string;
  name: string;
  kind: AgencyKind;
  region_code: string | null;
  phone: string;
  email: string;
  notes: string;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface AgencyLiaisonTable {
  id: string;
  agency_id: string;
  name: string;
  position: string;
  phone: string;
  email: string;
  /** Order in the agency's list (the first is called first). */
  position_order: number;
}

export interface CrisisStakeholderTable {
  id: string;
  crisis_id: string;
  agency_id: string;
  role: string;
  responsibility: string;
  /** 1 low – 3 high: the stakeholder map's grid. */
  influence: number;
  interest: number;
  updated_at: string;
}

export interface CoordinationRequestTable {
  id: string;
  crisis_id: string;
  agency_id: string;
  request: string;
  due_at: string;
  /** An open request past due is overdue (derived, not stored). */
  status: RequestStatus;
  response: string;
  created_by: string;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
}

/** One lessons-learned section of a crisis's evaluation, written by the team. */
export interface CrisisLessonTable {
  crisis_id: string;
  section: 'went_well' | 'to_improve' | 'recommendations';
  text: string;
  updated_by: string;
  updated_at: string;
}

/** The version of an official figure a statement quotes (one per series). */
export interface StatementFigureTable {
  statement_id: string;
  series_id: string;
  figure_id: string;
  quoted_by: string;
  quoted_at: string;
}
