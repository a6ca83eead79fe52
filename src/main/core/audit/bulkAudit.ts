import type BetterSqlite3 from 'better-sqlite3';
import { auditHash, canonicalJson, genesisHash, type AuditEventInput } from './auditChain';

/**
 * Audit appends for bulk work (an import of 100,000 contacts) on the raw connection: the chain head
 * is read once and kept in memory instead of re-read per event. Only valid inside a transaction
 * the caller holds open, so nobody else can append between two of our events.
 */
export function createBulkAuditWriter(sqlite: BetterSqlite3.Database) {
  if (!sqlite.inTransaction) throw new Error('Bulk audit needs an open transaction');
  const last = sqlite.prepare('select seq, hash from audit_log order by seq desc limit 1').get() as
    { seq: number; hash: string } | undefined;
  let head = last ?? { seq: 0, hash: genesisHash };
  const insert = sqlite.prepare(
    `insert into audit_log (seq, at, actor_id, action, entity_type, entity_id, data, prev_hash, hash)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return {
    append(event: AuditEventInput, at: string): void {
      const row = {
        seq: head.seq + 1,
        at,
        actor_id: event.actorId,
        action: event.action,
        entity_type: event.entityType,
        entity_id: event.entityId,
        data: canonicalJson(event.data ?? {}),
      };
      const hash = auditHash(head.hash, row);
      insert.run(row.seq, at, row.actor_id, row.action, row.entity_type, row.entity_id, row.data, head.hash, hash);
      head = { seq: row.seq, hash };
    },
  };
}
