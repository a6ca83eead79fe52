import type { Kysely } from 'kysely';
import type { ApprovalStepRole } from '../../../shared/statements/workflow';
import type { Database } from '../db/schema';

/** The office's approval chain, in order. */
export async function readChain(db: Kysely<Database>): Promise<{ role: ApprovalStepRole }[]> {
  const rows = await db.selectFrom('approval_step').select('role').orderBy('position').execute();
  return rows.map((row) => ({ role: row.role as ApprovalStepRole }));
}

/** Replaces the office's approval chain; statements already in review keep the chain they were submitted with. */
export async function replaceChain(trx: Kysely<Database>, steps: readonly { role: ApprovalStepRole }[]): Promise<void> {
  await trx.deleteFrom('approval_step').execute();
  await trx
    .insertInto('approval_step')
    .values(steps.map((step, position) => ({ position, role: step.role })))
    .execute();
}
