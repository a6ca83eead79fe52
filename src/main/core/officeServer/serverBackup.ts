import { mkdir, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Kysely } from 'kysely';
import { finishBackupFile, type BackupResult } from '../db/backup';
import { openConnection } from '../db/connection';
import { migrateDatabase } from '../db/migrator';
import type { Database } from '../db/schema';
import { copyServerToFile, type StoreProof } from '../db/storeCopy';

/**
 * The office server's logical backup: the whole office, read in one snapshot, written as a Siaga
 * file of the same schema version — the same kind of file a desk's own backup is, so `siaga verify`
 * checks it, a desk could open it if the server were lost, and `siaga restore --database-url`
 * copies it back into an empty server database. Like every backup, it gets its final name only
 * once it is complete, proved against the server and verified.
 */
export async function backupServerDatabase(
  server: Kysely<Database>,
  outFile: string,
): Promise<BackupResult & { proof: StoreProof }> {
  await mkdir(dirname(outFile), { recursive: true, mode: 0o700 });
  const partial = `${outFile}.partial`;
  await rm(partial, { force: true });
  try {
    const file = openConnection(partial);
    let proof: StoreProof;
    try {
      await migrateDatabase(file.db);
      proof = await copyServerToFile(server, file);
    } finally {
      await file.close();
    }
    return { ...(await finishBackupFile(partial, outFile)), proof };
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}
