import { join } from 'node:path';
import { createFileLog, teeLogger } from './diagnostics/fileLog';
import type { DataScope } from '../../shared/ipc/appInfo';
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
import type { DeskStore } from '../../shared/ipc/store';
import { coreDeps } from './kernel/coreDeps';
import { databaseFileIn, describeServer, embeddedSqlite } from './db/store';
import { officeServerHandlers, type DeskStoreControl } from './officeServer/handlers';
import { copyOfficeToServer } from './officeServer/moveToServer';
import { serverFailure } from './officeServer/serverFailure';
import { deskStoreSettings, serverUrl } from './officeServer/serverSettings';
import { setAnchorsAside } from './db/auditAnchors';
import { startUnreachableCore, type UnreachableCore } from './officeServer/unreachableCore';
import { fileSecretStore } from './security/secretStore';

export interface CoreOptions {
  /** The desk's folder: the embedded store's file, secrets, backups. */
  dataDir: string;
  /** The office server's store (`postgres://…`) instead of the embedded file. */
  databaseUrl?: string | undefined;
  /** This desk's name on its sessions (presence); the computer's name unless given. */
  deskName?: string;
  appVersion: string;
  /** Who the data folder is for (Informasi Sistem); `account` unless said. */
  dataScope?: DataScope | undefined;
  now?: () => Date;
  logger?: Logger;
  /** Where the SMTP password lives: the shell's safeStorage, else a user-only file in the data folder. */
  secrets?: SecretStore;
  /** The outbox sender's timings (tests shorten them) and whether it starts with the core. */
  distribution?: SenderOptions;
  /** The daily backup and the backup on close (the app turns them on; tests and the CLI do not). */
  backupSchedule?: boolean;
  /** The office's feeds read in the background (the app turns it on; tests and the CLI poll by hand). */
  feedPolling?: boolean;
  /** How long a restore waits for other calls to finish before it gives up (tests shorten it). */
  restoreQuietMs?: number;
  /**
   * Checkpoints of the audit head beside the store (audit/auditAnchors.ts); on unless false. The
   * CLI leaves them to the app: in the desktop app the key is in the OS store, out of its reach.
   */
  auditAnchors?: boolean;
}

export interface Core extends CoreTransport {
  /** The open store (throws while the core is in recovery mode: there is no sound store). */
  readonly store: Store;
  /** The outbox sender (started with the core unless `distribution.autoStart` is false). */
  readonly sender: { start(): Promise<void>; stop(): Promise<void>; wake(): void };
  /** Approvers told by e-mail (started and stopped with the sender); tests look at once with `lookNow`. */
  readonly approverNotices: { lookNow(): Promise<number> };
  /** The damaged store's recovery state, or null when the store is sound. */
  recovery(): RecoveryCore | null;
  /** Why the desk's office server cannot be used, or null when the core has its store. */
  unavailable(): CoreError | null;
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
  // Every error also in the desk's own log, for the diagnostics the office's IT person is handed.
  const log = createFileLog(join(options.dataDir, 'logs'), {
    source: 'core',
    ...(options.now ? { now: options.now } : {}),
  });
  const logger = teeLogger(options.logger ?? consoleLogger, log);
  const now = options.now ?? (() => new Date());
  const events = createEventBus((error) => logger.error('event listener failed', error));
  const settings = backupSettings(options.dataDir);
  const secrets = options.secrets ?? fileSecretStore(options.dataDir);
  const desk = deskStoreSettings(options.dataDir, secrets);
  const fixed = options.databaseUrl !== undefined;
  let current:
    | { kind: 'store'; core: Assembled }
    | { kind: 'recovery'; core: RecoveryCore }
    | { kind: 'unreachable'; core: UnreachableCore; server: string };
  let restarting: Promise<void> | undefined;
  let inFlight = 0;
  let closed = false;

  async function start(): Promise<typeof current> {
    let url: string | undefined;
    try {
      url = options.databaseUrl ?? (await desk.databaseUrl());
      const core = await assembleCore({
        ...options,
        log,
        databaseUrl: url,
        secrets,
        logger,
        now,
        events,
        backupSettings: settings,
        requestRestore,
        officeServer,
      });
      if (core.sender.autoStart) await core.sender.start();
      if (options.backupSchedule) core.backups.startSchedule();
      if (options.feedPolling) core.feeds.start();
      return { kind: 'store', core };
    } catch (error) {
      if (!(error instanceof StoreDamagedError)) {
        // A desk on the office server waits for it; it never opens a file of its own instead.
        if (url === undefined && !desk.wantsServer()) throw error;
        const server = url ? describeServer(url) : desk.serverLabel();
        logger.error('The office server cannot be used; waiting for it', error);
        const failure = serverFailure(error, server);
        return { kind: 'unreachable', server, core: startUnreachableCore({ failure, officeServer, logger }) };
      }
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

  /**
   * Runs `work` alone: calls that arrive meanwhile wait, and it starts once the calls already
   * running (the one that asked included) are the only one left. For a restore and a change of store.
   */
  function exclusive<T>(work: () => Promise<T>): Promise<T> {
    const done = (async () => {
      await quiet();
      return work();
    })();
    restarting = done.then(
      () => undefined,
      () => undefined,
    );
    void restarting.finally(() => (restarting = undefined));
    return done;
  }

  /** Closes the current core, runs `change` (the store's files or settings), and starts again. */
  async function restartAfter<T>(change: () => Promise<T>): Promise<T> {
    await current.core.close();
    try {
      return await change();
    } finally {
      // Started again whatever happened: on the changed store, or on the one that was there.
      current = await start();
    }
  }

  const requestRestore: RequestRestore = (candidate, actor) =>
    exclusive(() => restartAfter(() => restoreStore(options.dataDir, candidate, actor, now)));

  const control: DeskStoreControl = {
    status: () => Promise.resolve(deskStatus()),
    connect: (input) =>
      exclusive(async () => {
        await restartAfter(async () => {
          // Another store from now on: its chain is not the one the desk's anchors describe.
          await setAnchorsAside(options.dataDir, now());
          await desk.choose(input);
        });
        events.emit('store.switched', { server: deskStatus().kind === 'server' ? serverOf() : '' });
      }),
    move: (input, actor) =>
      exclusive(async () => {
        if (current.kind !== 'store' || !current.core.store.connection.sqlite) {
          throw new CoreError('CONFLICT', 'This desk does not work on its own file', { reason: 'notEmbedded' });
        }
        const { store, sender } = current.core;
        // Nothing may change the file while it is copied and proved (the sender writes too).
        await sender.stop();
        let moved;
        try {
          moved = await copyOfficeToServer(
            { sqlite: embeddedSqlite(store), db: store.connection.db },
            serverUrl(input.settings, input.password),
          );
        } catch (error) {
          if (current.kind === 'store' && current.core.sender.autoStart) await current.core.sender.start();
          throw error;
        }
        await restartAfter(() => desk.choose(input));
        if (current.kind === 'store') {
          // The office's trail says where it came from; the file it left keeps its own trail as it was.
          const result = moved;
          await coreDeps(current.core.store, events, now).write(actor, (w) =>
            w.audit('office.movedToServer', 'store', result.server, {
              from: store.file,
              rows: result.rows,
              auditHead: result.auditHead,
              attachments: result.attachments,
            }),
          );
        }
        events.emit('store.switched', { server: moved.server });
        return moved;
      }),
    retry: () =>
      exclusive(async () => {
        await restartAfter(() => Promise.resolve());
        return deskStatus();
      }),
  };
  const officeServer = officeServerHandlers({
    control,
    fixed,
    officeExists: async () =>
      current.kind === 'store' &&
      (await current.core.store.connection.db.selectFrom('office').select('id').executeTakeFirst()) !== undefined,
  });

  const serverOf = () =>
    current.kind === 'store' ? current.core.store.file : current.kind === 'unreachable' ? current.server : '';

  function deskStatus(): DeskStore {
    if (current.kind === 'store' && current.core.store.dialect === 'sqlite') {
      return { kind: 'embedded', file: current.core.store.file };
    }
    if (current.kind === 'recovery') return { kind: 'embedded', file: databaseFileIn(options.dataDir) };
    const reason = current.kind === 'unreachable' ? current.core.failure.details?.reason : null;
    return {
      kind: 'server',
      server: serverOf(),
      settings: desk.server(),
      fixed,
      unreachable: current.kind === 'unreachable' ? (typeof reason === 'string' ? reason : 'serverUnreachable') : null,
    };
  }

  current = await start();

  return {
    get store() {
      if (current.kind !== 'store') throw new Error(`The core has no open store (${current.kind})`);
      return current.core.store;
    },
    get sender() {
      if (current.kind !== 'store') throw new Error(`The core has no open store (${current.kind})`);
      return current.core.sender;
    },
    get approverNotices() {
      if (current.kind !== 'store') throw new Error(`The core has no open store (${current.kind})`);
      return current.core.approverNotices;
    },
    recovery: () => (current.kind === 'recovery' ? current.core : null),
    unavailable: () => (current.kind === 'unreachable' ? current.core.failure : null),
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
