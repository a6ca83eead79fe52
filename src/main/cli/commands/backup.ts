import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { readAuditHead } from '../../core/db/auditChain';
import { appVersion } from '../../core/appVersion';
import { backupSettings } from '../../core/backups/backupSettings';
import { createBackupService, toBackupEntry } from '../../core/backups/backupService';
import { backupDatabase } from '../../core/db/backup';
import { openConnection } from '../../core/db/connection';
import { openServerConnection } from '../../core/db/serverConnection';
import { commandLineActor } from '../../core/kernel/context';
import { backupServerDatabase } from '../../core/officeServer/serverBackup';
import { commandDeps, withCore } from '../cliCore';
import { CommandFailed, type CliIo } from '../io';
import { existingDatabase, existingStore, type StorePlace } from '../storePlace';

/**
 * `siaga backup`: a verified backup into the backup folder chosen in the app (with its manifest,
 * rotated like the daily ones); with `--out FILE`, one verified copy at that path instead. On the
 * office server (`--database-url`) the copy is logical: the office in one snapshot, as a Siaga file.
 */
export async function backupCommand(place: StorePlace, out: string | undefined, io: CliIo): Promise<void> {
  if (out === undefined) return backupToFolder(place, io);
  const target = resolve(out);
  if (existsSync(target)) throw new CommandFailed(`${target} already exists; choose a new file name.`);
  const result = place.databaseUrl
    ? await serverCopy(place, place.databaseUrl, target)
    : await fileCopy(place.dataDir, target);
  // The head of the copy itself, so `verify --expect-head` can later prove the restored trail is complete.
  const copy = openConnection(target, { readonly: true, mustExist: true });
  const tables = await copy.db.introspection.getTables();
  const auditHead = tables.some((table) => table.name === 'audit_log') ? await readAuditHead(copy.db) : null;
  await copy.close();
  io.out(
    JSON.stringify(
      {
        file: result.file,
        bytes: result.bytes,
        sha256: result.sha256,
        verified: result.integrity.ok,
        auditHead: auditHead ? `${auditHead.seq}:${auditHead.hash}` : null,
      },
      null,
      2,
    ),
  );
}

async function fileCopy(dataDir: string, target: string) {
  const connection = openConnection(existingDatabase(dataDir), { mustExist: true });
  try {
    return await backupDatabase(connection.sqlite, target);
  } finally {
    await connection.close();
  }
}

async function serverCopy(place: StorePlace, url: string, target: string) {
  await existingStore(place);
  const connection = openServerConnection(url, { maxConnections: 1 });
  try {
    return await backupServerDatabase(connection.db, target);
  } catch (error) {
    throw new CommandFailed(`No backup written: ${(error as Error).message}`);
  } finally {
    await connection.close();
  }
}

async function backupToFolder(place: StorePlace, io: CliIo): Promise<void> {
  await withCore(place, async (core) => {
    const settings = backupSettings(place.dataDir);
    const now = () => new Date();
    const backups = createBackupService({
      store: core.store,
      settings,
      appVersion,
      now,
      write: commandDeps(core, now).write,
      logger: { error: (message, error) => io.err(`${message}: ${String(error)}`) },
    });
    const manifest = await backups.take(commandLineActor.accountId).catch((error: unknown) => {
      throw new CommandFailed(error instanceof Error ? error.message : String(error));
    });
    io.out(JSON.stringify({ folder: settings.folder(), ...toBackupEntry(manifest) }, null, 2));
  });
}
