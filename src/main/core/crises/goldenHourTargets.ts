import type { Kysely } from 'kysely';
import { defaultGoldenHourTargets } from '../../../shared/crises/vocabulary';
import type { Database } from '../db/schema';
import { CoreError } from '../kernel/errors';
import type { WriteScope } from '../kernel/writeScope';

/** The office's golden-hour prompts, minutes after the first signal (15/30/60 until the office edits them). */
export async function goldenHourTargets(db: Kysely<Database>): Promise<number[]> {
  const office = await db.selectFrom('office').select('golden_hour_json').executeTakeFirst();
  return office ? (JSON.parse(office.golden_hour_json) as number[]) : [...defaultGoldenHourTargets];
}

/** Sets the prompts (validated ascending by the contract); open crises' clocks follow at once. */
export async function setGoldenHourTargets(w: WriteScope, minutes: number[]): Promise<number[]> {
  const before = await goldenHourTargets(w.trx);
  const result = await w.trx
    .updateTable('office')
    .set({ golden_hour_json: JSON.stringify(minutes) })
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) {
    throw new CoreError('NOT_FOUND', 'Siaga is not set up yet', { reason: 'officeMissing' });
  }
  await w.audit('playbook.goldenHour', 'office', 'office', { before, after: minutes });
  w.emit('crises.playbookChanged', {});
  return minutes;
}
