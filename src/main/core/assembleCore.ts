import { appHandlers } from './app/handlers';
import { openStore, type Store } from './db/store';
import { createDispatcher, type Dispatch, type Logger } from './kernel/dispatcher';
import type { EventBus } from './kernel/eventBus';
import type { Handlers } from './kernel/handlers';
import { accountsHandlers } from './accounts/handlers';
import { createAccountService } from './accounts/accountService';
import { createSessionService } from './accounts/sessionService';
import { auditHandlers } from './audit/handlers';
import { officeHandlers } from './office/handlers';
import { readSecurity } from './office/officeRepository';
import { createOfficeService } from './office/officeService';
import { preferencesHandlers } from './preferences/handlers';
import { contactsHandlers } from './contacts/handlers';
import { createContactService } from './contacts/contactService';
import { statementsHandlers } from './statements/handlers';
import { createStatementService } from './statements/statementService';
import { createTemplateService } from './statements/templateService';
import { createPreferenceService } from './preferences/preferenceService';
import { distributionHandlers } from './distribution/handlers';
import { createDistributionService } from './distribution/distributionService';
import { createOutboxSender, type SenderOptions } from './distribution/outboxSender';
import { progressEmitter } from './distribution/progress';
import { conferencesHandlers } from './conferences/handlers';
import { createConferenceService } from './conferences/conferenceService';
import { createInvitationService } from './conferences/invitations';
import { createInviteeService } from './conferences/invitees';
import { crisesHandlers } from './crises/handlers';
import { createCrisisService } from './crises/crisisService';
import { createCrisisRecords } from './crises/crisisRecords';
import { createStakeholderService } from './crises/stakeholders';
import { createPlaybookService } from './crises/playbook';
import { createFigureQuotes } from './crises/figureQuotes';
import { hoaxesHandlers } from './hoaxes/handlers';
import { createHoaxService } from './hoaxes/hoaxService';
import { createQuestionService } from './conferences/questions';
import { fileSecretStore, type SecretStore } from './security/secretStore';
import { backupsHandlers, type RequestRestore } from './backups/handlers';
import type { BackupSettings } from './backups/backupSettings';
import { createBackupService, type BackupService } from './backups/backupService';

/** What one start of the core shares with the next after a restore. */
export interface AssemblyOptions {
  dataDir: string;
  appVersion: string;
  now: () => Date;
  logger: Logger;
  events: EventBus;
  secrets?: SecretStore;
  distribution?: SenderOptions;
  backupSettings: BackupSettings;
  requestRestore: RequestRestore;
}

/** The services of the core on one open store. `close` stops the sender and closes the store. */
export interface Assembled {
  store: Store;
  sender: { autoStart: boolean; start(): Promise<void>; stop(): Promise<void>; wake(): void };
  backups: BackupService;
  dispatch: Dispatch;
  close(): Promise<void>;
}

/** Opens the store and wires every service and handler on it (see core.ts for the lifecycle). */
export async function assembleCore(options: AssemblyOptions): Promise<Assembled> {
  const { logger, now, events } = options;
  const store = await openStore({ dataDir: options.dataDir, now });

  const secrets = options.secrets ?? fileSecretStore(options.dataDir);
  const statements = createStatementService({ store, events, now });
  const progress = progressEmitter({ store, events });
  const sender = createOutboxSender({
    store,
    events,
    now,
    secrets,
    statements,
    logger,
    progress,
    options: options.distribution,
  });
  const distribution = createDistributionService({ store, events, now, secrets, statements, sender, progress });
  const contacts = createContactService({ store, events, now });
  const backups = createBackupService({
    store,
    settings: options.backupSettings,
    appVersion: options.appVersion,
    now,
    logger,
  });

  const sessions = createSessionService({ store, now, security: () => readSecurity(store.connection.db) });
  const handlers: Handlers = {
    ...appHandlers({ store, appVersion: options.appVersion }),
    ...preferencesHandlers(createPreferenceService({ store, events, now })),
    ...officeHandlers(createOfficeService({ store, events, now, sessions })),
    ...accountsHandlers(createAccountService({ store, events, now }), sessions),
    ...auditHandlers({ store, now }),
    ...statementsHandlers({
      store,
      events,
      now,
      statements,
      templates: createTemplateService({ store, events, now }),
    }),
    ...contactsHandlers({ store, events, now, contacts }),
    ...distributionHandlers({ store, now, distribution }),
    ...conferencesHandlers({
      store,
      conferences: createConferenceService({ store, events, now }),
      invitations: createInvitationService({ store, events, now, progress, wake: () => sender.wake() }),
      invitees: createInviteeService({ store, events, now }),
      questions: createQuestionService({ store, events, now }),
      contacts,
      now,
    }),
    ...crisesHandlers({
      store,
      crises: createCrisisService({ store, events, now }),
      records: createCrisisRecords({ store, events, now }),
      stakeholders: createStakeholderService({ store, events, now }),
      now,
      playbook: createPlaybookService({ store, events, now }),
      quotes: createFigureQuotes({ store, events, now }),
      events,
    }),
    ...hoaxesHandlers({ store, hoaxes: createHoaxService({ store, events, now, statements }), now }),
    ...backupsHandlers({ backups, settings: options.backupSettings, events, requestRestore: options.requestRestore }),
  };
  const dispatch = createDispatcher(handlers, logger, (sessionId) => sessions.resolve(sessionId));
  return {
    store,
    sender,
    backups,
    dispatch,
    close: async () => {
      await backups.stop();
      await sender.stop();
      await store.close();
    },
  };
}
