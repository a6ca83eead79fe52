import type { Kysely } from 'kysely';
import type { AuditEvent, AuditFilter } from '../../../shared/ipc/audit';
import type { Database } from '../db/schema';

function filtered(db: Kysely<Database>, filter: AuditFilter) {
  let query = db.selectFrom('audit_log').leftJoin('account', 'account.id', 'audit_log.actor_id');
  if (filter.actorId) query = query.where('audit_log.actor_id', '=', filter.actorId);
  if (filter.action) query = query.where('audit_log.action', '=', filter.action);
  if (filter.entityType) query = query.where('audit_log.entity_type', '=', filter.entityType);
  if (filter.from) query = query.where('audit_log.at', '>=', filter.from);
  if (filter.to) query = query.where('audit_log.at', '<=', filter.to);
  return query;
}

/** Newest first; `beforeSeq` pages backwards. */
export async function listAuditEvents(
  db: Kysely<Database>,
  filter: AuditFilter,
  page: { limit: number; beforeSeq?: number | undefined },
): Promise<AuditEvent[]> {
  let query = filtered(db, filter)
    .select([
      'audit_log.seq',
      'audit_log.at',
      'audit_log.actor_id',
      'account.full_name',
      'audit_log.action',
      'audit_log.entity_type',
      'audit_log.entity_id',
      'audit_log.data',
      'audit_log.hash',
    ])
    .orderBy('audit_log.seq', 'desc')
    .limit(page.limit);
  if (page.beforeSeq !== undefined) query = query.where('audit_log.seq', '<', page.beforeSeq);
  const rows = await query.execute();
  return rows.map((row) => ({
    seq: row.seq,
    at: row.at,
    actorId: row.actor_id,
    actorName: row.full_name,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    data: JSON.parse(row.data) as Record<string, unknown>,
    hash: row.hash,
  }));
}

export async function distinctAuditValues(db: Kysely<Database>): Promise<{ actions: string[]; entityTypes: string[] }> {
  const actions = await db.selectFrom('audit_log').select('action').distinct().orderBy('action').execute();
  const types = await db.selectFrom('audit_log').select('entity_type').distinct().orderBy('entity_type').execute();
  return { actions: actions.map((row) => row.action), entityTypes: types.map((row) => row.entity_type) };
}
