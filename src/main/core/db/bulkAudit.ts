import type BetterSqlite3 from 'better-sqlite3';
import { chainedRow, genesisHash, type AuditEventInput } from './auditChain';

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
     values (@seq, @at, @actor_id, @action, @entity_type, @entity_id, @data, @prev_hash, @hash)`,
  );
  return {
    append(event: AuditEventInput, at: string): void {
      const row = chainedRow(head, event, at);
      insert.run(row);
      head = { seq: row.seq, hash: row.hash };
    },
  };
}
