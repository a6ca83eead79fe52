import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { readAuditHead } from '../../core/db/auditChain';
import { appVersion } from '../../core/appVersion';
import { backupSettings } from '../../core/backups/backupSettings';
import { createBackupService, toBackupEntry } from '../../core/backups/backupService';
import { backupDatabase } from '../../core/db/backup';
import { openConnection } from '../../core/db/connection';
import { commandLineActor } from '../../core/kernel/context';
import { commandDeps, withCore } from '../cliCore';
import { CommandFailed, type CliIo } from '../io';
import { existingDatabase } from '../storeFiles';

/**
 * `siaga backup`: a verified backup into the backup folder chosen in the app (with its manifest,
 * rotated like the daily ones); with `--out FILE`, one verified copy at that path instead.
 */
export async function backupCommand(dataDir: string, out: string | undefined, io: CliIo): Promise<void> {
  if (out === undefined) return backupToFolder(dataDir, io);
  const target = resolve(out);
  if (existsSync(target)) throw new CommandFailed(`${target} already exists; choose a new file name.`);
  const connection = openConnection(existingDatabase(dataDir), { mustExist: true });
  try {
    const result = await backupDatabase(connection.sqlite, target);
    // The head of the copy itself, so `verify --expect-head` can later prove the restored trail
    // is complete.
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
  } finally {
    await connection.close();
  }
}

async function backupToFolder(dataDir: string, io: CliIo): Promise<void> {
  await withCore(dataDir, async (core) => {
    const settings = backupSettings(dataDir);
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
