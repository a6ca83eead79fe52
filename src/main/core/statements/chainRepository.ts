import type { Kysely } from 'kysely';
import type { ApprovalReminders, ChainKind, Chains } from '../../../shared/ipc/statements';
import type { ApprovalStepRole, StatementKind } from '../../../shared/statements/workflow';
import type { Database } from '../db/schema';
import type { RoundStep } from './approvalRound';

/** Every chain of the office: the default (`*`) first, then each kind with its own. */
export async function readChains(db: Kysely<Database>): Promise<Chains> {
  const rows = await db
    .selectFrom('approval_chain_step')
    .select(['kind', 'position', 'roles_json'])
    .orderBy('kind')
    .orderBy('position')
    .execute();
  const byKind = new Map<ChainKind, RoundStep[]>();
  for (const row of rows) {
    const steps = byKind.get(row.kind) ?? [];
    steps.push({ roles: JSON.parse(row.roles_json) as ApprovalStepRole[] });
    byKind.set(row.kind, steps);
  }
  const chains = [...byKind.entries()].map(([kind, steps]) => ({ kind, steps }));
  return {
    armedReleases: await armedReleasesAllowed(db),
    approvalReminders: await approvalReminders(db),
    chains: chains.sort((a, b) => (a.kind === '*' ? -1 : b.kind === '*' ? 1 : a.kind.localeCompare(b.kind))),
  };
}

/** Whether the office lets releases be armed (true until an office says otherwise, and before setup). */
export async function armedReleasesAllowed(db: Kysely<Database>): Promise<boolean> {
  const office = await db.selectFrom('office').select('armed_releases').executeTakeFirst();
  return (office?.armed_releases ?? 1) === 1;
}

/** After how many minutes of an open crisis approvers are reminded and stand-ins told (the defaults before setup). */
export async function approvalReminders(db: Kysely<Database>): Promise<ApprovalReminders> {
  const office = await db
    .selectFrom('office')
    .select(['approval_reminder_minutes', 'approval_stand_in_minutes'])
    .executeTakeFirst();
  return {
    reminderMinutes: office?.approval_reminder_minutes ?? 10,
    standInMinutes: office?.approval_stand_in_minutes ?? 20,
  };
}

/** The chain a statement of this kind is submitted to: its own, else the office's default. */
export async function chainFor(db: Kysely<Database>, kind: StatementKind): Promise<RoundStep[]> {
  const rows = await db
    .selectFrom('approval_chain_step')
    .select(['kind', 'roles_json'])
    .where('kind', 'in', [kind, '*'])
    .orderBy('position')
    .execute();
  const own = rows.filter((row) => row.kind === kind);
  return (own.length > 0 ? own : rows.filter((row) => row.kind === '*')).map((row) => ({
    roles: JSON.parse(row.roles_json) as ApprovalStepRole[],
  }));
}

/**
 * Replaces one chain (null steps: the kind follows the default again). Statements already in
 * review keep the chain they were submitted with.
 */
export async function replaceChain(
  trx: Kysely<Database>,
  kind: ChainKind,
  steps: readonly RoundStep[] | null,
): Promise<void> {
  await trx.deleteFrom('approval_chain_step').where('kind', '=', kind).execute();
  if (!steps || steps.length === 0) return;
  await trx
    .insertInto('approval_chain_step')
    .values(steps.map((step, position) => ({ kind, position, roles_json: JSON.stringify(step.roles) })))
    .execute();
}
