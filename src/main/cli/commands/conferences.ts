import { printable } from '../../../shared/controlCharacters';
import { withCore } from '../cliCore';
import type { StorePlace } from '../storePlace';
import { writeFile } from 'node:fs/promises';
import { conferenceRangeSchema } from '../../../shared/ipc/conferences';
import { listConferences, readConference } from '../../core/conferences/conferenceQueries';
import { conferenceIcs } from '../../core/conferences/conferenceIcs';
import { CoreError } from '../../core/kernel/errors';
import { CommandFailed, UsageError, type CliIo } from '../io';

/** `siaga conferences list|export-ics`: the calendar for scripts and other calendars. */
export async function conferencesCommand(
  place: StorePlace,
  action: string | undefined,
  id: string | undefined,
  options: { json?: boolean | undefined; out?: string | undefined },
  io: CliIo,
): Promise<void> {
  if (action !== 'list' && action !== 'export-ics') throw new UsageError('conferences needs one of: list, export-ics');
  if (action === 'list' && id !== undefined) throw new UsageError(`Unexpected argument: ${id}`);
  if (action === 'export-ics' && (!id || !options.out))
    throw new UsageError('conferences export-ics needs an id and --out FILE');
  await withCore(place, async (core) => {
    const { db } = core.store.connection;
    if (action === 'list') {
      const items = await listConferences(db, conferenceRangeSchema.parse({}));
      if (options.json) io.out(JSON.stringify(items, null, 2));
      else
        for (const item of items)
          io.out(
            [item.id, item.startsAt, item.zone.padEnd(14), item.status.padEnd(10), printable(item.title)].join('  '),
          );
      return;
    }
    try {
      const conference = await readConference(db, id as string);
      const ics = await conferenceIcs(db, conference);
      await writeFile(options.out as string, ics, 'utf8');
      io.out(`${options.out}: ${printable(conference.title)} (${Buffer.byteLength(ics)} bytes)`);
    } catch (error) {
      if (error instanceof CoreError) throw new CommandFailed(error.message);
      throw error;
    }
  });
}
