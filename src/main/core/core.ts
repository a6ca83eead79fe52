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

export interface CoreOptions {
  dataDir: string;
  appVersion: string;
  now?: () => Date;
  logger?: Logger;
}

export interface Core extends CoreTransport {
  store: Store;
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
      statements: createStatementService({ store, events, now }),
      templates: createTemplateService({ store, events, now }),
    }),
    ...contactsHandlers({ store, events, now, contacts: createContactService({ store, events, now }) }),
  };
  const dispatch = createDispatcher(handlers, logger, (sessionId) => sessions.resolve(sessionId));

  return {
    store,
    call: (channel: string, input: unknown, context?: CallContext) => dispatch(channel, input, context),
    onEvent: (listener: (event: PushedEvent) => void) => events.subscribe(listener),
    close: () => store.close(),
  };
}
