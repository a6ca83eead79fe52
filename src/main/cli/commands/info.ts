import { cliSender } from '../cliSender';
import { appVersion } from '../../core/appVersion';
import { createCore } from '../../core/core';
import { CommandFailed, type CliIo } from '../io';
import { existingDatabase } from '../storeFiles';

export async function infoCommand(dataDir: string, io: CliIo): Promise<void> {
  existingDatabase(dataDir);
  const core = await createCore({ dataDir, appVersion, distribution: cliSender });
  try {
    const result = await core.call('app.info', {});
    if (!result.ok) throw new CommandFailed(result.error.message);
    io.out(JSON.stringify(result.value, null, 2));
  } finally {
    await core.close();
  }
}
