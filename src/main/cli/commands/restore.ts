import { resolve } from 'node:path';
import { checkRestoreCandidate, restoreStore, RestoreRefusedError } from '../../core/backups/restore';
import { commandLineActor } from '../../core/kernel/context';
import { CommandFailed, type CliIo } from '../io';

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
 */
export async function restoreCommand(dataDir: string, from: string, io: CliIo): Promise<void> {
  let candidate;
  try {
    candidate = await checkRestoreCandidate(resolve(from));
  } catch (error) {
    if (!(error instanceof RestoreRefusedError)) throw error;
    const details = error.checks.filter((check) => !check.ok).map((check) => `  ${check.name}: ${check.detail}`);
    throw new CommandFailed([`Not restored: ${problems[error.reason]}. Nothing was changed.`, ...details].join('\n'));
  }
  const outcome = await restoreStore(dataDir, candidate, commandLineActor, () => new Date());
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
