import type { OutletTable } from './outlet';
import type { ContactTable } from './contact';
import type { ContactOutletTable } from './contactOutlet';
import type { ContactEmailTable } from './contactEmail';
import type { ContactPhoneTable } from './contactPhone';
import type { ContactSocialTable } from './contactSocial';
import type { ContactBeatTable } from './contactBeat';
import type { ContactRegionTable } from './contactRegion';
import type { ContactTagTable } from './contactTag';
import type { ContactListTable } from './contactList';
import type { ContactListMemberTable } from './contactListMember';
import type { ImportMappingTable } from './importMapping';
import type { MailSettingsTable } from './mailSettings';
import type { DistributionTable } from './distribution';
import type { OutboxTable } from './outbox';
import type { ConferenceTable } from './conference';
import type { ConferenceSpokespersonTable } from './conferenceSpokesperson';
import type { ConferenceGuestSpeakerTable } from './conferenceGuestSpeaker';
import type { ErasedIdentifierTable } from './erasedIdentifier';
import type { FeedTable } from './feed';
import type { FeedSignalTable } from './feedSignal';
import type { SignalRulesTable } from './signalRules';
import type { StatementPickupTable } from './statementPickup';
import type { ConferenceStatementTable } from './conferenceStatement';
import type { ConferenceRescheduleTable } from './conferenceReschedule';
import type { ConferenceInviteeTable } from './conferenceInvitee';
import type { ConferenceQuestionTable } from './conferenceQuestion';
import type { ConferenceQaTable } from './conferenceQa';
import type {
  AgencyLiaisonTable,
  AgencyTable,
  CoordinationRequestTable,
  CrisisChecklistItemTable,
  CrisisStakeholderTable,
  CrisisLogTable,
  OfficialFigureTable,
  CrisisLessonTable,
  StatementFigureTable,
  CrisisMemberTable,
  CrisisPhaseChangeTable,
  CrisisStatementTable,
  CrisisTable,
  PlaybookItemTable,
} from './crisis';
import type { QaItemTable } from './qaItem';
import type {
  HoaxEventTable,
  HoaxEvidenceTable,
  HoaxFtsTable,
  HoaxScreenshotTable,
  HoaxSightingTable,
  HoaxTable,
} from './hoax';
import type { ContactFtsTable } from './contactFts';
import type { ApprovalChainStepTable, ApprovalStandInTable } from './approvalStep';
import type { ReleasePlanTable } from './releasePlan';
import type { ApprovalNoticeTable } from './approvalNotice';
import type { AttachmentBlobTable } from './attachmentBlob';
import type { StatementTable } from './statement';
import type { StatementApprovalTable } from './statementApproval';
import type { StatementCommentTable } from './statementComment';
import type { StatementFtsTable } from './statementFts';
import type { StatementLockTable } from './statementLock';
import type { StatementNumberCounterTable } from './statementNumberCounter';
import type { StatementRevisionTable } from './statementRevision';
import type { StatementTemplateTable } from './statementTemplate';
import type { StatementWorkingCopyTable } from './statementWorkingCopy';
import type { AccountTable } from './account';
import type { AccountRoleTable } from './accountRole';
import type { AuditLogTable } from './auditLog';
import type { OfficeTable } from './office';
import type { PreferenceTable } from './preference';
import type { SessionTable } from './session';

/**
 * Every table of the store, one file each. The runner's `schema_migration` table is left out on
 * purpose: only the migrator touches it.
 */
export interface Database {
  preference: PreferenceTable;
  office: OfficeTable;
  erased_identifier: ErasedIdentifierTable;
  feed: FeedTable;
  feed_signal: FeedSignalTable;
  signal_rules: SignalRulesTable;
  statement_pickup: StatementPickupTable;
  account: AccountTable;
  account_role: AccountRoleTable;
  session: SessionTable;
  audit_log: AuditLogTable;
  approval_chain_step: ApprovalChainStepTable;
  approval_stand_in: ApprovalStandInTable;
  release_plan: ReleasePlanTable;
  approval_notice: ApprovalNoticeTable;
  statement: StatementTable;
  statement_revision: StatementRevisionTable;
  statement_approval: StatementApprovalTable;
  statement_comment: StatementCommentTable;
  statement_working_copy: StatementWorkingCopyTable;
  statement_lock: StatementLockTable;
  statement_number_counter: StatementNumberCounterTable;
  attachment_blob: AttachmentBlobTable;
  statement_template: StatementTemplateTable;
  statement_fts: StatementFtsTable;
  outlet: OutletTable;
  contact: ContactTable;
  contact_outlet: ContactOutletTable;
  contact_email: ContactEmailTable;
  contact_phone: ContactPhoneTable;
  contact_social: ContactSocialTable;
  contact_beat: ContactBeatTable;
  contact_region: ContactRegionTable;
  contact_tag: ContactTagTable;
  contact_list: ContactListTable;
  contact_list_member: ContactListMemberTable;
  import_mapping: ImportMappingTable;
  contact_fts: ContactFtsTable;
  mail_settings: MailSettingsTable;
  distribution: DistributionTable;
  outbox: OutboxTable;
  conference: ConferenceTable;
  conference_spokesperson: ConferenceSpokespersonTable;
  conference_guest_speaker: ConferenceGuestSpeakerTable;
  conference_statement: ConferenceStatementTable;
  conference_reschedule: ConferenceRescheduleTable;
  conference_invitee: ConferenceInviteeTable;
  conference_question: ConferenceQuestionTable;
  conference_qa: ConferenceQaTable;
  qa_item: QaItemTable;
  crisis: CrisisTable;
  crisis_member: CrisisMemberTable;
  crisis_phase_change: CrisisPhaseChangeTable;
  playbook_item: PlaybookItemTable;
  crisis_checklist_item: CrisisChecklistItemTable;
  crisis_log: CrisisLogTable;
  official_figure: OfficialFigureTable;
  crisis_statement: CrisisStatementTable;
  agency: AgencyTable;
  agency_liaison: AgencyLiaisonTable;
  crisis_stakeholder: CrisisStakeholderTable;
  coordination_request: CoordinationRequestTable;
  crisis_lesson: CrisisLessonTable;
  statement_figure: StatementFigureTable;
  hoax: HoaxTable;
  hoax_sighting: HoaxSightingTable;
  hoax_screenshot: HoaxScreenshotTable;
  hoax_evidence: HoaxEvidenceTable;
  hoax_event: HoaxEventTable;
  hoax_fts: HoaxFtsTable;
}
