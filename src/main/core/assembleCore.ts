import { hostname } from 'node:os';
import type { DataScope } from '../../shared/ipc/appInfo';
import type { FileLog } from './diagnostics/fileLog';
import { appHandlers } from './app/handlers';
import { diagnosticsHandlers } from './diagnostics/handlers';
import { openServerStore, openStore, type Store } from './db/store';
import { createDispatcher, type Dispatch, type Logger } from './kernel/dispatcher';
import type { EventBus } from './kernel/eventBus';
import { coreDeps } from './kernel/coreDeps';
import type { DomainChannel, Handlers, HandlersFor } from './kernel/handlers';
import { accountsHandlers } from './accounts/handlers';
import { resolveSession, type SessionDeps } from './accounts/sessionService';
import { createFeedPoller, type FeedPoller } from './feeds/feedPoller';
import { auditHandlers } from './audit/handlers';
import { officeHandlers } from './office/handlers';
import { readSecurity } from './office/officeRepository';
import { preferencesHandlers } from './preferences/handlers';
import { contactsHandlers } from './contacts/handlers';
import { statementsHandlers } from './statements/handlers';
import { createStatementHooks } from './statements/statementHooks';
import { clarifyOnRelease } from './hoaxes/clarificationRelease';
import { refuseStaleFigures } from './crises/figureQuotes';
import { distributionHandlers } from './distribution/handlers';
import { joinArmedReleases } from './distribution/armedRelease';
import type { ReleaseContext } from './distribution/releaseJobs';
import { createOutboxSender, type SenderOptions } from './distribution/outboxSender';
import { createApproverNoticeService, type ApproverNoticeService } from './distribution/approverNoticeService';
import { progressEmitter } from './distribution/progress';
import { conferencesHandlers } from './conferences/handlers';
import { invitationContent, type InvitationPayload } from './conferences/invitationMessage';
import { crisesHandlers } from './crises/handlers';
import { hoaxesHandlers } from './hoaxes/handlers';
import { feedsHandlers } from './feeds/handlers';
import { fileSecretStore, type SecretStore } from './security/secretStore';
import { anchorKey, readAnchors, startAnchoring } from './db/auditAnchors';
import { listBackups } from './backups/backupSet';
import { startDeskRelay } from './officeServer/deskRelay';
import { officeDuty } from './officeServer/officeDuty';
import { backupsHandlers, type RequestRestore } from './backups/handlers';
import type { BackupSettings } from './backups/backupSettings';
import { createBackupService, type BackupService } from './backups/backupService';

/** What one start of the core shares with the next after a restore. */
export interface AssemblyOptions {
  dataDir: string;
  /** The office server's store (`postgres://…`); without it, the embedded file in `dataDir`. */
  databaseUrl?: string | undefined;
  appVersion: string;
  /** Who the data folder is for (Informasi Sistem); `account` unless said. */
  dataScope?: DataScope | undefined;
  now: () => Date;
  logger: Logger;
  /** The desk's error log (diagnostics read its recent lines). */
  log?: FileLog;
  events: EventBus;
  secrets?: SecretStore;
  distribution?: SenderOptions;
  /** This desk's name on its sessions (presence); the computer's name unless given (tests name two desks). */
  deskName?: string;
  backupSettings: BackupSettings;
  requestRestore: RequestRestore;
  /** The office server channels: they act on the core's lifecycle, so core.ts makes them. */
  officeServer: HandlersFor<DomainChannel<'store'>>;
  /** Checkpoints of the audit head beside the store (see core.ts); on unless false. */
  auditAnchors?: boolean;
}

/** The services of the core on one open store. `close` stops the sender and closes the store. */
export interface Assembled {
  store: Store;
  sender: { autoStart: boolean; start(): Promise<void>; stop(): Promise<void>; wake(): void };
  approverNotices: ApproverNoticeService;
  backups: BackupService;
  /** The office's feeds read in the background (started by the app: `feedPolling`). */
  feeds: FeedPoller;
  dispatch: Dispatch;
  close(): Promise<void>;
}

/** Opens the store and wires every service and handler on it (see core.ts for the lifecycle). */
export async function assembleCore(options: AssemblyOptions): Promise<Assembled> {
  const { logger, now, events } = options;
  const store = options.databaseUrl
    ? await openServerStore({ url: options.databaseUrl, dataDir: options.dataDir, now })
    : await openStore({ dataDir: options.dataDir, now });

  const secrets = options.secrets ?? fileSecretStore(options.dataDir);
  // Every service reads the same store and changes it one way (`base.write`, see kernel/writeScope.ts).
  const base = coreDeps(store, events, now, (error) => logger.error('after-commit effect failed', error));
  // Other domains join a statement's steps here, so statements depends on none of them.
  const statementHooks = createStatementHooks();
  statementHooks.beforeSubmit.push((w, statementId, content) => refuseStaleFigures(w.trx, statementId, content));
  statementHooks.released.push(clarifyOnRelease);
  const progress = progressEmitter({ store, events });
  const sender = createOutboxSender({
    ...base,
    secrets,
    statementHooks,
    invitationContent: (payload, recipient) => invitationContent(payload as InvitationPayload, recipient),
    logger,
    progress,
    options: options.distribution,
  });
  // Approvers told by e-mail where they are; on the office server one desk looks for the office.
  const noticeDuty = options.databaseUrl ? officeDuty(options.databaseUrl, 'approver-notices') : undefined;
  const approverNotices = createApproverNoticeService({
    db: store.connection.db,
    write: base.write,
    events,
    now,
    logger,
    wake: () => sender.wake(),
    ...(noticeDuty ? { scheduledHere: () => noticeDuty.held() } : {}),
  });
  // A write hands jobs to the sender through this; armed releases join the statements' approval.
  const release: ReleaseContext = { outbox: { progress, wake: () => sender.wake() }, hooks: statementHooks };
  joinArmedReleases(release);
  // On the office server one desk of the office takes the scheduled backups.
  const backupDuty = options.databaseUrl ? officeDuty(options.databaseUrl, 'backups') : undefined;
  const feeds = createFeedPoller(
    { db: store.connection.db, write: base.write, now, logger },
    { userAgent: `Siaga/${options.appVersion}` },
  );
  const backups = createBackupService({
    store,
    ...(backupDuty ? { scheduledHere: () => backupDuty.held() } : {}),
    settings: options.backupSettings,
    appVersion: options.appVersion,
    now,
    write: base.write,
    logger,
  });

  // Accounts read the office's lockout and idle-lock periods without depending on the office domain.
  const sessions: SessionDeps = {
    ...base,
    security: () => readSecurity(store.connection.db),
    // SIAGA_DESK_NAME: a desk named by its installer (or an e2e run's two desks on one machine).
    deskName: options.deskName ?? (process.env.SIAGA_DESK_NAME || hostname()),
  };
  const handlers: Handlers = {
    ...appHandlers({ store, appVersion: options.appVersion, dataScope: options.dataScope ?? 'account' }),
    ...diagnosticsHandlers({
      store,
      appVersion: options.appVersion,
      dataScope: options.dataScope,
      databaseUrl: options.databaseUrl,
      log: options.log,
      now,
    }),
    ...preferencesHandlers(base),
    ...officeHandlers(sessions),
    ...accountsHandlers(sessions),
    ...auditHandlers({
      store,
      now,
      anchors: async () => {
        const { anchors, unreadable } = await readAnchors(options.dataDir);
        const recorded = (await listBackups(options.backupSettings.folder())).flatMap((manifest) =>
          manifest.auditHead ? [{ ...manifest.auditHead, source: manifest.file }] : [],
        );
        // The newest checkpoints vouch for everything before them; a year of minutes is not needed.
        return { anchors: anchors.slice(-200), unreadable, key: await anchorKey(secrets, false), recorded };
      },
    }),
    ...statementsHandlers({
      ...base,
      hooks: statementHooks,
    }),
    ...contactsHandlers(base),
    ...distributionHandlers({ ...base, ...release, secrets, settingsChanged: () => sender.settingsChanged() }),
    ...conferencesHandlers({ ...base, outbox: release.outbox }),
    ...crisesHandlers(base),
    ...hoaxesHandlers(base),
    ...feedsHandlers({ ...base, userAgent: `Siaga/${options.appVersion}`, wakeFeeds: () => feeds.wake() }),
    ...backupsHandlers({
      backups,
      settings: options.backupSettings,
      events,
      requestRestore: options.requestRestore,
      onServer: store.dialect === 'postgres',
    }),
    ...options.officeServer,
  };
  const dispatch = createDispatcher(handlers, logger, (sessionId) => resolveSession(sessions, sessionId));
  // The chain's head, checkpointed outside the database under a key it does not hold.
  const anchoring =
    options.auditAnchors === false
      ? undefined
      : startAnchoring({ db: store.connection.db, dataDir: options.dataDir, secrets, now, logger });
  // Several desks on one office server: each hears what the others change (LISTEN/NOTIFY).
  const relay = options.databaseUrl ? startDeskRelay({ url: options.databaseUrl, events, logger }) : undefined;
  return {
    store,
    // The notices go with the sender: started, stopped (a move, a restore) and woken together.
    sender: {
      autoStart: sender.autoStart,
      start: async () => {
        await sender.start();
        approverNotices.start();
      },
      stop: async () => {
        await approverNotices.stop();
        await sender.stop();
      },
      wake: () => sender.wake(),
    },
    approverNotices,
    backups,
    feeds,
    dispatch,
    close: async () => {
      await feeds.stop();
      await relay?.close();
      await backups.stop();
      await backupDuty?.close();
      await approverNotices.stop();
      approverNotices.close();
      await noticeDuty?.close();
      await sender.stop();
      await anchoring?.close();
      await store.close();
    },
  };
}
