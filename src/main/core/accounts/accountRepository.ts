import type { Kysely } from 'kysely';
import type { Account } from '../../../shared/ipc/accounts';
import type { Role } from '../../../shared/accounts/roles';
import type { Database } from '../db/schema';
import type { AccountRow } from '../db/schema/account';

export function toAccount(row: AccountRow, roles: Role[]): Account {
  return {
    id: row.id,
    username: row.username,
    fullName: row.full_name,
    nip: row.nip,
    position: row.position,
    email: row.email,
    phone: row.phone,
    roles,
    active: row.active === 1,
    lockedUntil: row.locked_until,
    createdAt: row.created_at,
  };
}

export async function readRoles(db: Kysely<Database>, accountId: string): Promise<Role[]> {
  const rows = await db
    .selectFrom('account_role')
    .select('role')
    .where('account_id', '=', accountId)
    .orderBy('role')
    .execute();
  return rows.map((row) => row.role);
}

export async function findAccountRow(db: Kysely<Database>, by: { id: string } | { username: string }) {
  const query = db.selectFrom('account').selectAll();
  return ('id' in by ? query.where('id', '=', by.id) : query.where('username', '=', by.username)).executeTakeFirst();
}

export async function readAccount(db: Kysely<Database>, id: string): Promise<Account | undefined> {
  const row = await findAccountRow(db, { id });
  return row ? toAccount(row, await readRoles(db, id)) : undefined;
}

export async function listAccounts(db: Kysely<Database>): Promise<Account[]> {
  const rows = await db.selectFrom('account').selectAll().orderBy('full_name').execute();
  const roleRows = await db.selectFrom('account_role').select(['account_id', 'role']).orderBy('role').execute();
  const rolesOf = new Map<string, Role[]>();
  for (const { account_id, role } of roleRows) rolesOf.set(account_id, [...(rolesOf.get(account_id) ?? []), role]);
  return rows.map((row) => toAccount(row, rolesOf.get(row.id) ?? []));
}

export async function replaceRoles(db: Kysely<Database>, accountId: string, roles: readonly Role[]): Promise<void> {
  await db.deleteFrom('account_role').where('account_id', '=', accountId).execute();
  await db
    .insertInto('account_role')
    .values([...new Set(roles)].map((role) => ({ account_id: accountId, role })))
    .execute();
}

/** Active accounts holding the admin role, for the "never remove the last admin" rule. */
export async function countActiveAdmins(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('account')
    .innerJoin('account_role', 'account_role.account_id', 'account.id')
    .where('account.active', '=', 1)
    .where('account_role.role', '=', 'admin')
    .select(db.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Whether `id` names an active account (holding `role`, when given): a person a record may name. */
export async function isActiveAccount(db: Kysely<Database>, id: string, role?: Role): Promise<boolean> {
  let query = db
    .selectFrom('account')
    .select('account.id')
    .where('account.id', '=', id)
    .where('account.active', '=', 1);
  if (role) {
    query = query
      .innerJoin('account_role', 'account_role.account_id', 'account.id')
      .where('account_role.role', '=', role);
  }
  return (await query.executeTakeFirst()) !== undefined;
}
