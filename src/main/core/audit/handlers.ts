import type { DomainChannel, HandlersFor } from '../kernel/handlers';
import type { Store } from '../db/store';
import { readAuditHead } from '../db/auditChain';
import { checkAnchors, type AnchorInput } from '../db/auditAnchors';
import { officeToday } from '../office/officeToday';
import { auditCsv } from './auditCsv';
import { distinctAuditValues, listAuditEvents } from './auditQueries';

/** Exports are capped: a larger trail is exported in date ranges. */
const maxExportRows = 200_000;

export function auditHandlers(deps: {
  store: Store;
  now: () => Date;
  /** The anchors this desk holds outside the database (assembled where the backups are known). */
  anchors: () => Promise<AnchorInput>;
}): HandlersFor<DomainChannel<'audit'>> {
  const { db } = deps.store.connection;
  return {
    'audit.head': () => readAuditHead(db),
    'audit.anchors': async () => checkAnchors(db, await deps.anchors()),
    'audit.list': async ({ limit, beforeSeq, ...filter }) => {
      const [events, head, distinct] = await Promise.all([
        listAuditEvents(db, filter, { limit, beforeSeq }),
        readAuditHead(db),
        distinctAuditValues(db),
      ]);
      return { events, head, ...distinct };
    },
    'audit.exportCsv': async (filter) => {
      const [events, head] = await Promise.all([
        listAuditEvents(db, filter, { limit: maxExportRows }),
        readAuditHead(db),
      ]);
      // The office's day, as the people who file the export count days (not UTC's).
      const stamp = await officeToday(db, deps.now());
      return { fileName: `jejak-audit-${stamp}-seq${head.seq}.csv`, csv: auditCsv(events, head), rows: events.length };
    },
  };
}
