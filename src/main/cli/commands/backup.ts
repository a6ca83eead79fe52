import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { readAuditHead } from '../../core/audit/auditChain';
import { backupDatabase } from '../../core/db/backup';
import { openConnection } from '../../core/db/connection';
import { CommandFailed, type CliIo } from '../io';
import { existingDatabase } from '../storeFiles';

export async function backupCommand(dataDir: string, out: string, io: CliIo): Promise<void> {
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
