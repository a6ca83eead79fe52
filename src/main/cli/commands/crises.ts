import { printable } from '../../../shared/controlCharacters';
import { withCore } from '../cliCore';
import type { StorePlace } from '../storePlace';
import { writeFile } from 'node:fs/promises';
import { listCrises } from '../../core/crises/crisisQueries';
import { crisisReport } from '../../core/crises/crisisReport';
import { CoreError } from '../../core/kernel/errors';
import { CommandFailed, UsageError, type CliIo } from '../io';

/** `siaga crises list`: every crisis, newest first signal first. */
export async function crisesCommand(
  place: StorePlace,
  action: string | undefined,
  options: { json?: boolean | undefined },
  io: CliIo,
): Promise<void> {
  if (action !== 'list') throw new UsageError('crises needs: list');
  await withCore(place, async (core) => {
    const items = await listCrises(core.store.connection.db, 'all');
    if (options.json) io.out(JSON.stringify(items, null, 2));
    else
      for (const item of items)
        io.out(
          [item.id, item.firstSignalAt, item.status.padEnd(6), item.phase.padEnd(7), printable(item.title)].join('  '),
        );
  });
}

/** `siaga report crisis ID --format pdf|docx --out FILE`: the post-crisis evaluation report. */
export async function reportCommand(
  place: StorePlace,
  kind: string | undefined,
  id: string | undefined,
  options: { format?: string | undefined; out?: string | undefined; language?: string | undefined },
  io: CliIo,
): Promise<void> {
  if (kind !== 'crisis') throw new UsageError('report needs: crisis ID');
  if (!id) throw new UsageError('report crisis needs the crisis id');
  if (options.format !== 'pdf' && options.format !== 'docx') throw new UsageError('--format must be pdf or docx');
  if (!options.out) throw new UsageError('report crisis needs --out FILE');
  const language = options.language ?? 'id';
  if (language !== 'id' && language !== 'en') throw new UsageError('--language must be id or en');
  const { format, out } = options;
  await withCore(place, async (core) => {
    try {
      const file = await crisisReport(core.store.connection.db, { id, format, language }, new Date());
      const data = Buffer.from(file.dataBase64, 'base64');
      await writeFile(out, data);
      io.out(`${out}: ${file.fileName} (${data.length} bytes)`);
    } catch (error) {
      if (error instanceof CoreError) throw new CommandFailed(error.message);
      throw error;
    }
  });
}
