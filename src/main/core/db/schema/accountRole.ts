export interface AccountRoleTable {
  account_id: string;
  role: string;
}
