import { withCore } from '../cliCore';
import { CommandFailed, type CliIo } from '../io';
import type { StorePlace } from '../storePlace';

export async function infoCommand(place: StorePlace, io: CliIo): Promise<void> {
  await withCore(place, async (core) => {
    const result = await core.call('app.info', {});
    if (!result.ok) throw new CommandFailed(result.error.message);
    io.out(JSON.stringify(result.value, null, 2));
  });
}
