import { openServerStore, openStore } from '../../core/db/store';
import { CommandFailed, type CliIo } from '../io';
import type { StorePlace } from '../storePlace';

/**
 * `siaga migrate`: creates or updates Siaga's tables and nothing else — on the office server, run
 * as the role that owns the tables (docs/office-server.md), so the desks' own role never needs
 * to. A database from a newer Siaga is refused before anything changes.
 */
export async function migrateCommand(place: StorePlace, io: CliIo): Promise<void> {
  const store = await (
    place.databaseUrl
      ? openServerStore({ url: place.databaseUrl, dataDir: place.dataDir })
      : openStore({ dataDir: place.dataDir })
  ).catch((error: unknown) => {
    throw new CommandFailed(`Not migrated: ${(error as Error).message}`);
  });
  try {
    io.out(JSON.stringify({ store: store.file, ...store.migration }, null, 2));
  } finally {
    await store.close();
  }
}
