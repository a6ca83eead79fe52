import BetterSqlite3 from 'better-sqlite3';
import { auditHash } from '../src/main/core/db/auditChain';
import type { AuditLogRow } from '../src/main/core/db/schema/auditLog';
import { databaseFileIn } from '../src/main/core/db/store';

/**
 * Rewrites the chain from `seq` on as an attacker holding only the file would: the row changed,
 * then every later hash recomputed, so the chain alone verifies again.
 */
export function rewriteChainFrom(dataDir: string, seq: number): void {
  const db = new BetterSqlite3(databaseFileIn(dataDir));
  db.exec('drop trigger audit_log_no_update; drop trigger audit_log_no_delete;');
  db.prepare(`update audit_log set data = '{"username":"mallory"}' where seq = ?`).run(seq);
  const rows = db.prepare('select * from audit_log where seq >= ? order by seq').all(seq) as AuditLogRow[];
  let prev = (db.prepare('select hash from audit_log where seq = ?').get(seq - 1) as { hash: string }).hash;
  const update = db.prepare('update audit_log set prev_hash = ?, hash = ? where seq = ?');
  for (const row of rows) {
    const hash = auditHash(prev, row);
    update.run(prev, hash, row.seq);
    prev = hash;
  }
  db.close();
}
