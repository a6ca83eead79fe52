import type { Transaction } from 'kysely';
import { minutesToClarify } from '../../../shared/hoaxes/vocabulary';
import { appendAudit } from '../audit/auditChain';
import type { Database } from '../db/schema';
import { newId } from '../kernel/ids';

/**
 * Called inside the transaction that releases a statement: a claim whose clarification this is
 * becomes "clarified", and the release time is its clarification time (first sighting to this
 * instant is the time to clarify). Returns the claims changed, for their change events.
 */
export async function markClarified(
  trx: Transaction<Database>,
  statementId: string,
  actorId: string,
  at: string,
): Promise<{ hoaxId: string; crisisId: string | null }[]> {
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
    await appendAudit(
      trx,
      {
        actorId,
        action: 'hoax.clarified',
        entityType: 'hoax',
        entityId: row.id,
        data: { statementId, minutes: minutesToClarify(row.first_seen_at, at) },
      },
      at,
    );
  }
  return rows.map((row) => ({ hoaxId: row.id, crisisId: row.crisis_id }));
}
