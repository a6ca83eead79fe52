import { withCore } from '../cliCore';
import { CommandFailed, type CliIo } from '../io';
import { existingDatabase } from '../storeFiles';

export async function infoCommand(dataDir: string, io: CliIo): Promise<void> {
  existingDatabase(dataDir);
  await withCore(dataDir, async (core) => {
    const result = await core.call('app.info', {});
    if (!result.ok) throw new CommandFailed(result.error.message);
    io.out(JSON.stringify(result.value, null, 2));
  });
}
