import { stringify } from 'csv-stringify/sync';
import type { AuditEvent, AuditHead } from '../../../shared/ipc/audit';
import { neutralizeCell } from '../csv/safeCsv';

/**
 * The audit trail as CSV for Excel: UTF-8 with a BOM, one event per row, oldest first, and the
 * chain head it was exported at on the last line so a printed copy can be checked later.
 */
export function auditCsv(events: AuditEvent[], head: AuditHead): string {
  const header = ['seq', 'at', 'actor_id', 'actor_name', 'action', 'entity_type', 'entity_id', 'data', 'hash'];
  const rows = [...events]
    .sort((a, b) => a.seq - b.seq)
    .map((event) =>
      [
        String(event.seq),
        event.at,
        event.actorId ?? '',
        event.actorName ?? '',
        event.action,
        event.entityType,
        event.entityId,
        JSON.stringify(event.data),
        event.hash,
      ].map(neutralizeCell),
    );
  const footer = [`# audit chain head ${head.seq}:${head.hash}`];
  return `\uFEFF${stringify([header, ...rows, footer], { record_delimiter: 'windows', quoted_match: /[\r\n]/ })}`;
}
