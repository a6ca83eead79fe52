import type { ApprovalStepTable } from './approvalStep';
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
  account: AccountTable;
  account_role: AccountRoleTable;
  session: SessionTable;
  audit_log: AuditLogTable;
  approval_step: ApprovalStepTable;
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
}
