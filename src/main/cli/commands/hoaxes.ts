import { withCore } from '../cliCore';
import { listHoaxes } from '../../core/hoaxes/hoaxQueries';
import { hoaxListInputSchema } from '../../../shared/ipc/hoaxes';
import { UsageError, type CliIo } from '../io';
import { existingDatabase } from '../storeFiles';

const pageSize = 500;

/**
 * `siaga hoaxes list`: every claim in the register (merged duplicates included, marked), newest
 * sighting first; with --json the same summaries the interface reads.
 */
export async function hoaxesCommand(
  dataDir: string,
  action: string | undefined,
  options: { json?: boolean | undefined },
  io: CliIo,
): Promise<void> {
  existingDatabase(dataDir);
  if (action !== 'list') throw new UsageError('hoaxes needs: list');
  await withCore(dataDir, async (core) => {
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
        const claim = item.claim.replace(/\s+/gu, ' ');
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
