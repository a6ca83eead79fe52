import { formatStoreReport, verifyStore } from '../../core/db/verifyStore';
import { CommandFailed, type CliIo } from '../io';
import { existingDatabase } from '../storeFiles';

export async function verifyCommand(dataDir: string, io: CliIo): Promise<void> {
  const report = await verifyStore(existingDatabase(dataDir));
  const text = formatStoreReport(report);
  if (!report.ok) throw new CommandFailed(text);
  io.out(text);
}
