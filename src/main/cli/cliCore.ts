import { appVersion } from '../core/appVersion';
import { createCore, type Core } from '../core/core';
import { coreDeps, type CoreDeps } from '../core/kernel/coreDeps';
import { createEventBus } from '../core/kernel/eventBus';
import { cliSender } from './cliSender';
import { CommandFailed } from './io';
import { existingStore, type StorePlace } from './storePlace';

/**
 * The shape every store command shares: the file or the server must already hold a store; the core opens
 * it without starting the outbox sender (`cliSender`) and is closed whatever `run` does. A damaged
 * store is refused with what to do instead of being read.
 */
export async function withCore<T>(place: StorePlace, run: (core: Core) => Promise<T>): Promise<T> {
  await existingStore(place);
  const { dataDir } = place;
  // The app writes the audit anchors (its key may be in the OS store, out of the CLI's reach).
  const core = await createCore({
    dataDir,
    databaseUrl: place.databaseUrl,
    appVersion,
    distribution: cliSender,
    auditAnchors: false,
  });
  try {
    const unavailable = core.unavailable();
    if (unavailable) throw new CommandFailed(`Cannot use the office server: ${unavailable.message}`);
    const recovery = core.recovery();
    if (recovery) {
      const state = recovery.state();
      throw new CommandFailed(
        [
          `The store in ${dataDir} is damaged: ${state.problems.slice(0, 3).join('; ')}`,
          state.setAside ? `A copy of the damaged files is in ${state.setAside}.` : '',
          state.newestVerified
            ? `Newest verified backup: ${state.newestVerified.file} (${state.newestVerified.takenAt}); restore it with ` +
              `siaga restore --from "${state.backupFolder}/${state.newestVerified.file}"`
            : `No verified backup in ${state.backupFolder}.`,
        ]
          .filter(Boolean)
          .join('\n'),
      );
    }
    return await run(core);
  } finally {
    await core.close();
  }
}

/** What a command needs to call the core's services directly: its store, a clock, a writer (no one listens to its events). */
export function commandDeps(core: Core, now: () => Date = () => new Date()): CoreDeps {
  return coreDeps(
    core.store,
    createEventBus(() => undefined),
    now,
  );
}
