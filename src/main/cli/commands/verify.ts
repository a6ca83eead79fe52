import { formatStoreReport, verifyStore } from '../../core/db/verifyStore';
import type { AuditHead } from '../../../shared/ipc/audit';
import { CommandFailed, UsageError, type CliIo } from '../io';
import { existingDatabase } from '../storeFiles';

/** `SEQ:HASH`, as printed by verify, the Audit view and backup manifests. */
export function parseHead(text: string): AuditHead {
  const match = /^(\d+):([0-9a-f]{64})$/.exec(text.trim());
  if (!match) throw new UsageError(`--expect-head must look like SEQ:HASH (64 hex digits), not ${text}`);
  return { seq: Number(match[1]), hash: match[2]! };
}

export async function verifyCommand(dataDir: string, expectHead: string | undefined, io: CliIo): Promise<void> {
  const head = expectHead === undefined ? undefined : parseHead(expectHead);
  const report = await verifyStore(existingDatabase(dataDir), head ? { expectHead: head } : {});
  const text = formatStoreReport(report);
  if (!report.ok) throw new CommandFailed(text);
  io.out(text);
}
