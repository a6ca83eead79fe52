import type { Role } from '../../../../shared/accounts/roles';
export interface AccountRoleTable {
  account_id: string;
  role: Role;
}
