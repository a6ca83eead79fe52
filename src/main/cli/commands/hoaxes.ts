import { printable } from '../../../shared/controlCharacters';
import { withCore } from '../cliCore';
import type { StorePlace } from '../storePlace';
import { listHoaxes } from '../../core/hoaxes/hoaxQueries';
import { hoaxListInputSchema } from '../../../shared/ipc/hoaxes';
import { UsageError, type CliIo } from '../io';

const pageSize = 500;

/**
 * `siaga hoaxes list`: every claim in the register (merged duplicates included, marked), newest
 * sighting first; with --json the same summaries the interface reads.
 */
export async function hoaxesCommand(
  place: StorePlace,
  action: string | undefined,
  options: { json?: boolean | undefined },
  io: CliIo,
): Promise<void> {
  if (action !== 'list') throw new UsageError('hoaxes needs: list');
  await withCore(place, async (core) => {
    const db = core.store.connection.db;
    const items = [];
    for (let offset = 0; ; offset += pageSize) {
      const page = await listHoaxes(db, hoaxListInputSchema.parse({ includeMerged: true, limit: pageSize, offset }));
      items.push(...page.items);
      if (offset + pageSize >= page.total) break;
    }
    if (options.json) io.out(JSON.stringify(items, null, 2));
    else
      for (const item of items) {
        const claim = printable(item.claim.replace(/\s+/gu, ' '));
        io.out(
          [
            item.id,
            item.firstSeenAt,
            item.status.padEnd(9),
            (item.verdict ?? '-').padEnd(14),
            claim.length > 80 ? `${claim.slice(0, 79)}…` : claim,
          ].join('  '),
        );
      }
  });
}
