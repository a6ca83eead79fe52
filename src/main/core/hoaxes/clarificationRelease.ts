import { minutesToClarify } from '../../../shared/hoaxes/vocabulary';
import { newId } from '../kernel/ids';
import type { WriteScope } from '../kernel/writeScope';
import type { Release } from '../statements/statementHooks';

/**
 * A statement release hook (registered when the core is assembled): a claim whose clarification
 * this is becomes "clarified" in the same write, and the release time is its clarification time
 * (first sighting to this instant is the time to clarify).
 */
export async function clarifyOnRelease(w: WriteScope, release: Release): Promise<void> {
  const { trx } = w;
  const { statementId, byAccountId: actorId, at } = release;
  const rows = await trx
    .selectFrom('hoax')
    .select(['id', 'crisis_id', 'first_seen_at'])
    .where('clarification_statement_id', '=', statementId)
    .where('status', '=', 'verdict')
    .execute();
  for (const row of rows) {
    await trx
      .updateTable('hoax')
      .set({ status: 'clarified', clarified_at: at, updated_at: at })
      .where('id', '=', row.id)
      .execute();
    await trx
      .insertInto('hoax_event')
      .values({
        id: newId(),
        hoax_id: row.id,
        action: 'clarified',
        from_status: 'verdict',
        to_status: 'clarified',
        note: '',
        by_id: actorId,
        at,
      })
      .execute();
    await w.audit(
      'hoax.clarified',
      'hoax',
      row.id,
      { statementId, minutes: minutesToClarify(row.first_seen_at, at) },
      actorId,
    );
    w.emit('hoaxes.changed', { hoaxId: row.id });
    if (row.crisis_id) w.emit('crises.changed', { crisisId: row.crisis_id });
  }
}
