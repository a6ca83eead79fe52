import type { PushedEvent } from '../../shared/ipc/contract';
import { fail } from '../../shared/ipc/result';
import { assembleCore, type Assembled } from './assembleCore';
import { backupSettings } from './backups/backupSettings';
import type { RequestRestore } from './backups/handlers';
import { startRecoveryCore, type RecoveryCore } from './backups/recoveryCore';
import { restoreStore } from './backups/restore';
import type { CallContext } from './kernel/context';
import type { Store } from './db/store';
import { StoreDamagedError } from './db/storeDamage';
import type { Logger } from './kernel/dispatcher';
import { CoreError } from './kernel/errors';
import { createEventBus } from './kernel/eventBus';
import type { SenderOptions } from './distribution/outboxSender';
import type { SecretStore } from './security/secretStore';
import type { CoreTransport } from './kernel/transport';

export interface CoreOptions {
  /** The desk's folder: the embedded store's file, secrets, backups. */
  dataDir: string;
  /** The office server's store (`postgres://…`) instead of the embedded file. */
  databaseUrl?: string | undefined;
  appVersion: string;
  now?: () => Date;
  logger?: Logger;
  /** Where the SMTP password lives: the shell's safeStorage, else a user-only file in the data folder. */
  secrets?: SecretStore;
  /** The outbox sender's timings (tests shorten them) and whether it starts with the core. */
  distribution?: SenderOptions;
  /** The daily backup and the backup on close (the app turns them on; tests and the CLI do not). */
  backupSchedule?: boolean;
  /** How long a restore waits for other calls to finish before it gives up (tests shorten it). */
  restoreQuietMs?: number;
}

export interface Core extends CoreTransport {
  /** The open store (throws while the core is in recovery mode: there is no sound store). */
  readonly store: Store;
  /** The outbox sender (started with the core unless `distribution.autoStart` is false). */
  readonly sender: { start(): Promise<void>; stop(): Promise<void>; wake(): void };
  /** The damaged store's recovery state, or null when the store is sound. */
  recovery(): RecoveryCore | null;
}

const consoleLogger: Logger = { error: (message, error) => console.error(message, error) };

/**
 * The whole core in one object: the store, the services and the dispatcher. Runs in the core
 * worker in the app, in-process in tests and the CLI. It never imports electron.
 *
 * Its lifecycle: it opens the store and wires the services (`assembleCore`); a store that fails
 * its check on open starts the recovery core instead (`backups/recoveryCore.ts`). A restore closes
 * everything, puts the backup in place and starts again on it, while calls that arrive meanwhile
 * wait; the event bus outlives each start, so the transports' subscriptions carry over.
 */
export async function createCore(options: CoreOptions): Promise<Core> {
  const logger = options.logger ?? consoleLogger;
  const now = options.now ?? (() => new Date());
  const events = createEventBus((error) => logger.error('event listener failed', error));
  const settings = backupSettings(options.dataDir);
  let current: { kind: 'store'; core: Assembled } | { kind: 'recovery'; core: RecoveryCore };
  let restarting: Promise<void> | undefined;
  let inFlight = 0;
  let closed = false;

  async function start(): Promise<typeof current> {
    try {
      const core = await assembleCore({ ...options, logger, now, events, backupSettings: settings, requestRestore });
      if (core.sender.autoStart) await core.sender.start();
      if (options.backupSchedule) core.backups.startSchedule();
      return { kind: 'store', core };
    } catch (error) {
      if (!(error instanceof StoreDamagedError)) throw error;
      logger.error('The data store failed its check on open; starting in recovery mode', error);
      const core = await startRecoveryCore({
        dataDir: options.dataDir,
        damage: error,
        settings,
        events,
        logger,
        now,
        requestRestore,
      });
      return { kind: 'recovery', core };
    }
  }

  /** Waits until the restore's own call is the only one running. */
  async function quiet(): Promise<void> {
    const deadline = Date.now() + (options.restoreQuietMs ?? 30_000);
    while (inFlight > 1) {
      if (Date.now() > deadline) {
        throw new CoreError('CONFLICT', 'Other work is still running; try the restore again', {
          reason: 'restoreBusy',
        });
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  const requestRestore: RequestRestore = (candidate, actor) => {
    const done = (async () => {
      await quiet();
      await current.core.close();
      try {
        return await restoreStore(options.dataDir, candidate, actor, now);
      } finally {
        // Started again whatever happened: on the restored store, or on the one that was there.
        current = await start();
      }
    })();
    restarting = done.then(
      () => undefined,
      () => undefined,
    );
    void restarting.finally(() => (restarting = undefined));
    return done;
  };

  current = await start();

  return {
    get store() {
      if (current.kind !== 'store') throw new Error('The data store is damaged; the core runs in recovery mode');
      return current.core.store;
    },
    get sender() {
      if (current.kind !== 'store') throw new Error('The data store is damaged; the core runs in recovery mode');
      return current.core.sender;
    },
    recovery: () => (current.kind === 'recovery' ? current.core : null),
    call: async (channel: string, input: unknown, context?: CallContext) => {
      while (restarting) await restarting;
      if (closed) return fail('INTERNAL', 'The core is closed', { reason: 'coreClosed' });
      inFlight += 1;
      try {
        return await current.core.dispatch(channel, input, context);
      } finally {
        inFlight -= 1;
      }
    },
    onEvent: (listener: (event: PushedEvent) => void) => events.subscribe(listener),
    close: async () => {
      while (restarting) await restarting;
      if (closed) return;
      closed = true;
      if (current.kind === 'store' && options.backupSchedule) await current.core.backups.takeIfDue('quit');
      await current.core.close();
    },
  };
}
