import type { WriteScope } from '../kernel/writeScope';
import type { Kysely } from 'kysely';
import type { Role } from '../../../shared/accounts/roles';
import type { StandIn } from '../../../shared/ipc/statements';
import { approvalStepRoles } from '../../../shared/statements/workflow';
import type { SessionActor } from '../kernel/context';
import type { Database } from '../db/schema';
import { CoreError, notFound } from '../kernel/errors';
import { newId } from '../kernel/ids';
import { fieldError } from '../kernel/validationError';
import type { RoundStep, StandingFor } from './approvalRound';
import { peopleById } from './statementRepository';

type Db = Kysely<Database>;

async function rolesOf(db: Db, accountIds: readonly string[]): Promise<Map<string, Role[]>> {
  const byAccount = new Map<string, Role[]>();
  if (accountIds.length === 0) return byAccount;
  const rows = await db
    .selectFrom('account_role')
    .innerJoin('account', 'account.id', 'account_role.account_id')
    .select(['account_role.account_id', 'account_role.role'])
    .where('account_role.account_id', 'in', accountIds)
    .where('account.active', '=', 1)
    .execute();
  for (const row of rows) byAccount.set(row.account_id, [...(byAccount.get(row.account_id) ?? []), row.role]);
  return byAccount;
}

/** The approvers someone stands in for at this instant, with the approvers' roles. */
export async function standingFor(db: Db, accountId: string, at: string): Promise<StandingFor[]> {
  const rows = await db
    .selectFrom('approval_stand_in')
    .select('account_id')
    .where('stand_in_id', '=', accountId)
    .where('starts_at', '<=', at)
    .where('ends_at', '>', at)
    .where('revoked_at', 'is', null)
    .execute();
  const roles = await rolesOf(
    db,
    rows.map((row) => row.account_id),
  );
  return [...roles.entries()].map(([principal, held]) => ({ accountId: principal, roles: held }));
}

/** Stand-ins in force now or later, soonest ending first. */
export async function listStandIns(db: Db, at: string): Promise<StandIn[]> {
  const rows = await db
    .selectFrom('approval_stand_in')
    .selectAll()
    .where('ends_at', '>', at)
    .where('revoked_at', 'is', null)
    .orderBy('ends_at')
    .execute();
  const people = await peopleById(
    db,
    rows.flatMap((row) => [row.account_id, row.stand_in_id, row.created_by]),
  );
  const person = (id: string) => people.get(id) ?? { id, fullName: '?' };
  return rows.map((row) => ({
    id: row.id,
    account: person(row.account_id),
    standIn: person(row.stand_in_id),
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    createdBy: person(row.created_by),
    createdAt: row.created_at,
  }));
}

/**
 * Who could decide a step now: people holding one of its roles, and people standing in for them,
 * minus the content's authors (four eyes). When nobody can, `holders` are the role holders
 * excluded as authors and `candidates` the people one of them could name as a stand-in.
 */
export async function stepDeciders(
  db: Db,
  step: RoundStep,
  authors: ReadonlySet<string>,
  at: string,
): Promise<{ deciders: string[]; holders: string[]; candidates: string[] }> {
  const holders = await db
    .selectFrom('account_role')
    .innerJoin('account', 'account.id', 'account_role.account_id')
    .select(['account.id', 'account.full_name'])
    .where('account_role.role', 'in', step.roles)
    .where('account.active', '=', 1)
    .distinct()
    .execute();
  const standIns = holders.length
    ? await db
        .selectFrom('approval_stand_in')
        .innerJoin('account', 'account.id', 'approval_stand_in.stand_in_id')
        .select(['account.id', 'account.full_name'])
        .where(
          'approval_stand_in.account_id',
          'in',
          holders.map((holder) => holder.id),
        )
        .where('approval_stand_in.starts_at', '<=', at)
        .where('approval_stand_in.ends_at', '>', at)
        .where('approval_stand_in.revoked_at', 'is', null)
        .where('account.active', '=', 1)
        .execute()
    : [];
  const deciders = [...holders, ...standIns].filter((person) => !authors.has(person.id));
  const candidates = await db
    .selectFrom('account')
    .innerJoin('account_role', 'account_role.account_id', 'account.id')
    .select(['account.id', 'account.full_name'])
    .where('account.active', '=', 1)
    .where('account_role.role', 'in', [...approvalStepRoles])
    .distinct()
    .orderBy('account.full_name')
    .execute();
  return {
    deciders: [...new Set(deciders.map((person) => person.full_name))],
    holders: holders.filter((holder) => authors.has(holder.id)).map((holder) => holder.full_name),
    candidates: candidates.filter((person) => !authors.has(person.id)).map((person) => person.full_name),
  };
}

/** An approver names their own stand-in; an administrator may name one for anyone who decides. */
export async function nameStandIn(
  w: WriteScope<SessionActor>,
  input: { accountId: string; standInId: string; startsAt: string; endsAt: string },
): Promise<string> {
  const { trx, at, actor } = w;
  if (input.accountId !== actor.accountId && !actor.roles.includes('admin')) {
    throw new CoreError('FORBIDDEN', 'Only the approver or an administrator names a stand-in', {
      reason: 'notYourStandIn',
    });
  }
  if (input.endsAt <= at) throw fieldError(['endsAt'], 'period_past');
  const id = newId();
  const roles = (await rolesOf(trx, [input.accountId, input.standInId])).get(input.accountId) ?? [];
  if (!roles.some((role) => (approvalStepRoles as readonly string[]).includes(role))) {
    throw fieldError(['accountId'], 'not_an_approver');
  }
  const standIn = await trx
    .selectFrom('account')
    .select('id')
    .where('id', '=', input.standInId)
    .where('active', '=', 1)
    .executeTakeFirst();
  if (!standIn) throw fieldError(['standInId'], 'unknown_person');
  await trx
    .insertInto('approval_stand_in')
    .values({
      id,
      account_id: input.accountId,
      stand_in_id: input.standInId,
      starts_at: input.startsAt,
      ends_at: input.endsAt,
      created_by: actor.accountId,
      created_at: at,
      revoked_at: null,
    })
    .execute();
  await w.audit('approval.standInNamed', 'account', input.accountId, {
    standInId: input.standInId,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
  });
  w.emit('statements.changed', { statementId: null });
  return id;
}

/** The approver, the stand-in or an administrator ends a stand-in before its period is over. */
export async function revokeStandIn(w: WriteScope<SessionActor>, id: string): Promise<void> {
  const { trx, at, actor } = w;
  const row = await trx.selectFrom('approval_stand_in').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || row.revoked_at) throw notFound('standIn', id);
  if (![row.account_id, row.stand_in_id].includes(actor.accountId) && !actor.roles.includes('admin')) {
    throw new CoreError('FORBIDDEN', 'Only the approver, the stand-in or an administrator ends a stand-in', {
      reason: 'notYourStandIn',
    });
  }
  await trx.updateTable('approval_stand_in').set({ revoked_at: at }).where('id', '=', id).execute();
  await w.audit('approval.standInEnded', 'account', row.account_id, { standInId: row.stand_in_id });
  w.emit('statements.changed', { statementId: null });
}
