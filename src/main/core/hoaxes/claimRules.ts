import type { Transaction } from 'kysely';
import type { HoaxStatus } from '../../../shared/hoaxes/vocabulary';
import type { Database } from '../db/schema';
import type { HoaxRow } from '../db/schema/hoax';
import type { SessionActor } from '../kernel/context';
import { conflict } from '../kernel/errors';
import { lockForChange } from '../db/portableSql';
import { newId } from '../kernel/ids';
import type { WriteScope } from '../kernel/writeScope';
import { findHoaxRow } from './hoaxQueries';

/*
 * What every change to the register keeps: the record's own history event, one audit entry, and
 * the change events after commit (the crisis too when the claim is linked, since its timeline and
 * figures show the claim).
 */

type Trx = Transaction<Database>;

/** A write on one claim, with its row as it stood when the write began. */
export type ClaimScope = WriteScope<SessionActor> & { row: HoaxRow };

/** Refuses unless the record is in one of `allowed` (CONFLICT, naming the status it is in). */
export function statusIs(row: HoaxRow, allowed: readonly HoaxStatus[]): void {
  if (row.status === 'closed' && !allowed.includes('closed')) throw conflict('hoaxClosed', 'The claim is closed');
  if (!allowed.includes(row.status)) {
    throw conflict('hoaxWrongStatus', `The claim is ${row.status}`, { status: row.status });
  }
}

/** A clarification that still counts: drafted and not withdrawn. */
export async function liveClarification(trx: Trx, row: HoaxRow): Promise<boolean> {
  if (!row.clarification_statement_id) return false;
  const statement = await trx
    .selectFrom('statement')
    .select('status')
    .where('id', '=', row.clarification_statement_id)
    .executeTakeFirst();
  return statement !== undefined && statement.status !== 'withdrawn';
}

export async function history(
  trx: Trx,
  row: { id: string; status: HoaxStatus | null },
  action: string,
  to: HoaxStatus,
  actor: SessionActor,
  at: string,
  note = '',
) {
  await trx
    .insertInto('hoax_event')
    .values({
      id: newId(),
      hoax_id: row.id,
      action,
      from_status: row.status,
      to_status: to,
      note,
      by_id: actor.accountId,
      at,
    })
    .execute();
}

/** A claim changed; so did the crisis it belongs to (it shows the claim). */
export function announce(w: WriteScope, ...rows: Pick<HoaxRow, 'id' | 'crisis_id'>[]) {
  for (const row of rows) {
    w.emit('hoaxes.changed', { hoaxId: row.id });
    if (row.crisis_id) w.emit('crises.changed', { crisisId: row.crisis_id });
  }
}

/** One change to one claim: the work on its row, then the change events (both crises when it moved). */
export async function changeClaim(
  w: WriteScope<SessionActor>,
  id: string,
  work: (scope: ClaimScope) => Promise<void>,
): Promise<void> {
  await lockForChange(w.trx, 'hoax', id);
  const row = await findHoaxRow(w.trx, id);
  await work({ ...w, row });
  const after = await findHoaxRow(w.trx, id);
  announce(w, after, ...(row.crisis_id && row.crisis_id !== after.crisis_id ? [row] : []));
}
