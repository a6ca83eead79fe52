import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { databaseFileIn, openStore } from '../../core/db/store';
import { copyOfficeToServer } from '../../core/officeServer/moveToServer';
import { checkRestoreCandidate, restoreStore, RestoreRefusedError } from '../../core/backups/restore';
import { commandLineActor } from '../../core/kernel/context';
import { CommandFailed, type CliIo } from '../io';
import type { StorePlace } from '../storePlace';

const problems: Record<RestoreRefusedError['reason'], string> = {
  backupMissing: 'the file does not exist',
  backupChecksum: 'its SHA-256 does not match its manifest (the file changed after it was taken)',
  backupUnreadable: 'SQLite cannot read it as a database',
  backupDamaged: 'it failed the store checks',
};

/**
 * `siaga restore --from FILE`: checks the file like the app's restore (manifest checksum when one
 * is beside it, integrity, foreign keys, schema, audit chain), sets the current store aside, puts
 * the copy in place and records the restore in it. Siaga must be closed while this runs.
 *
 * With `--database-url`, the checked backup (a desk's or the server's own) is copied into an empty
 * server database and proved like a move; the backup file itself is never changed (an older one is
 * brought to this Siaga's schema in a temporary copy first).
 */
export async function restoreCommand(place: StorePlace, from: string, io: CliIo): Promise<void> {
  let candidate;
  try {
    candidate = await checkRestoreCandidate(resolve(from));
  } catch (error) {
    if (!(error instanceof RestoreRefusedError)) throw error;
    const details = error.checks.filter((check) => !check.ok).map((check) => `  ${check.name}: ${check.detail}`);
    throw new CommandFailed([`Not restored: ${problems[error.reason]}. Nothing was changed.`, ...details].join('\n'));
  }
  if (place.databaseUrl) return restoreIntoServer(candidate.file, place.databaseUrl, io);
  const outcome = await restoreStore(place.dataDir, candidate, commandLineActor, () => new Date());
  io.out(
    JSON.stringify(
      {
        restoredFrom: candidate.file,
        takenAt: candidate.manifest?.takenAt ?? null,
        auditHead: candidate.auditHead ? `${candidate.auditHead.seq}:${candidate.auditHead.hash}` : null,
        ...outcome,
      },
      null,
      2,
    ),
  );
}

async function restoreIntoServer(file: string, url: string, io: CliIo): Promise<void> {
  const scratch = await mkdtemp(join(tmpdir(), 'siaga-restore-'));
  try {
    await copyFile(file, databaseFileIn(scratch));
    const store = await openStore({ dataDir: scratch });
    try {
      const moved = await copyOfficeToServer({ sqlite: store.connection.sqlite, db: store.connection.db }, url).catch(
        (error: unknown) => {
          throw new CommandFailed(
            `Not restored (no office data was written to the server): ${(error as Error).message}`,
          );
        },
      );
      io.out(
        JSON.stringify(
          {
            restoredFrom: file,
            to: moved.server,
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
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
