import type { Kysely } from 'kysely';
import { defaultGoldenHourTargets } from '../../../shared/crises/vocabulary';
import { appendAudit } from '../audit/auditChain';
import type { SessionActor } from '../kernel/context';
import type { Database } from '../db/schema';
import type { Store } from '../db/store';
import type { EventBus } from '../kernel/eventBus';
import { transact } from '../db/transaction';
import { CoreError } from '../kernel/errors';

/** The office's golden-hour prompts, minutes after the first signal (15/30/60 until the office edits them). */
export async function goldenHourTargets(db: Kysely<Database>): Promise<number[]> {
  const office = await db.selectFrom('office').select('golden_hour_json').executeTakeFirst();
  return office ? (JSON.parse(office.golden_hour_json) as number[]) : [...defaultGoldenHourTargets];
}

/** Sets the prompts (validated ascending by the contract); open crises' clocks follow at once. */
export async function setGoldenHourTargets(
  deps: { store: Store; events: EventBus; now: () => Date },
  minutes: number[],
  actor: SessionActor,
): Promise<number[]> {
  await transact(deps.store.connection.db, async ({ trx, afterCommit }) => {
    const at = deps.now().toISOString();
    const before = await goldenHourTargets(trx);
    const result = await trx
      .updateTable('office')
      .set({ golden_hour_json: JSON.stringify(minutes) })
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) {
      throw new CoreError('NOT_FOUND', 'Siaga is not set up yet', { reason: 'officeMissing' });
    }
    await appendAudit(
      trx,
      {
        actorId: actor.accountId,
        action: 'playbook.goldenHour',
        entityType: 'office',
        entityId: 'office',
        data: { before, after: minutes },
      },
      at,
    );
    afterCommit(() => deps.events.emit('crises.playbookChanged', {}));
  });
  return minutes;
}
