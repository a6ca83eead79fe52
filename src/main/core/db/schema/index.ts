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
}
