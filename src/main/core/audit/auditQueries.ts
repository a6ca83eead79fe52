import { sql, type Kysely } from 'kysely';
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
    // The account an event is about (a failed sign-in has no actor, but it names whose password it was).
    .leftJoin('account as subject', (join) =>
      join.onRef('subject.id', '=', 'audit_log.entity_id').on('audit_log.entity_type', '=', 'account'),
    )
    .select(['subject.full_name as subject_name', 'subject.username as subject_username'])
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
    subjectAccount: row.subject_username ? `${row.subject_name} (${row.subject_username})` : null,
  }));
}

/**
 * The distinct values of an indexed column, in order, by hopping through its index: each step
 * asks for the smallest value above the last one (one index seek), so the cost grows with the
 * number of distinct values (a few dozen), not with the events (hundreds of thousands).
 */
async function distinctByIndex(db: Kysely<Database>, column: 'action' | 'entity_type'): Promise<string[]> {
  const name = sql.ref(column);
  const rows = await sql<{ value: string }>`
    with recursive hop(value) as (
      select min(${name}) from audit_log
      union all
      select (select min(${name}) from audit_log where ${name} > hop.value) from hop where hop.value is not null
    )
    select value from hop where value is not null`.execute(db);
  return rows.rows.map((row) => row.value);
}

export async function distinctAuditValues(db: Kysely<Database>): Promise<{ actions: string[]; entityTypes: string[] }> {
  return { actions: await distinctByIndex(db, 'action'), entityTypes: await distinctByIndex(db, 'entity_type') };
}
