import type { PushedEvent } from '../../shared/ipc/contract';
import { appHandlers } from './app/handlers';
import type { CallContext } from './context';
import { openStore, type Store } from './db/store';
import { createDispatcher, type Logger } from './dispatcher';
import { createEventBus } from './eventBus';
import type { Handlers } from './handlers';
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
import type { CoreTransport } from './transport';
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

export interface CoreOptions {
  dataDir: string;
  appVersion: string;
  now?: () => Date;
  logger?: Logger;
  /** Where the SMTP password lives: the shell's safeStorage, else a user-only file in the data folder. */
  secrets?: SecretStore;
  /** The outbox sender's timings (tests shorten them) and whether it starts with the core. */
  distribution?: SenderOptions;
}

export interface Core extends CoreTransport {
  store: Store;
  /** The outbox sender (started with the core unless `distribution.autoStart` is false). */
  sender: { start(): Promise<void>; stop(): Promise<void>; wake(): void };
}

const consoleLogger: Logger = { error: (message, error) => console.error(message, error) };

/**
 * The whole core in one object: the store, the services and the dispatcher. Runs in the core
 * worker in the app, in-process in tests and the CLI. It never imports electron.
 */
export async function createCore(options: CoreOptions): Promise<Core> {
  const logger = options.logger ?? consoleLogger;
  const now = options.now ?? (() => new Date());
  const store = await openStore({ dataDir: options.dataDir, now });
  const events = createEventBus((error) => logger.error('event listener failed', error));

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
  };
  const dispatch = createDispatcher(handlers, logger, (sessionId) => sessions.resolve(sessionId));

  if (sender.autoStart) await sender.start();

  return {
    store,
    sender,
    call: (channel: string, input: unknown, context?: CallContext) => dispatch(channel, input, context),
    onEvent: (listener: (event: PushedEvent) => void) => events.subscribe(listener),
    close: async () => {
      await sender.stop();
      await store.close();
    },
  };
}
