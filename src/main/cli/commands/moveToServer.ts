import { openStore } from '../../core/db/store';
import { copyOfficeToServer } from '../../core/officeServer/moveToServer';
import { CoreError } from '../../core/kernel/errors';
import { CommandFailed, UsageError, type CliIo } from '../io';
import { describePlace, existingDatabase, type StorePlace } from '../storePlace';

/**
 * `siaga move-to-server --data-dir DIR --database-url URL`: copies the desk's office into an empty
 * database on the office server and proves the copy before it commits (rows per table, the audit
 * chain head, attachments' SHA-256). The file stays as it was; Siaga must be closed while this runs.
 * Each desk is then pointed at the server (the app's settings, or `--database-url`).
 */
export async function moveToServerCommand(place: StorePlace, io: CliIo): Promise<void> {
  if (!place.databaseUrl) throw new UsageError('move-to-server needs --database-url (or SIAGA_DATABASE_URL)');
  existingDatabase(place.dataDir);
  const store = await openStore({ dataDir: place.dataDir });
  try {
    const moved = await copyOfficeToServer(
      { sqlite: store.connection.sqlite, db: store.connection.db },
      place.databaseUrl,
    ).catch((error: unknown) => {
      throw new CommandFailed(
        `Not moved (no office data was written to the server): ${error instanceof CoreError ? error.message : String(error)}`,
      );
    });
    io.out(
      JSON.stringify(
        {
          from: store.file,
          to: describePlace(place),
          ...moved,
          auditHead: `${moved.auditHead.seq}:${moved.auditHead.hash}`,
        },
        null,
        2,
      ),
    );
  } finally {
    await store.close();
  }
}
