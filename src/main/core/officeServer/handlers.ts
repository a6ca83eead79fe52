import type { DeskStore, MoveResult, OfficeServerConnectInput } from '../../../shared/ipc/store';
import { rolesAllow } from '../../../shared/permissions';
import type { Actor } from '../kernel/context';
import { CoreError } from '../kernel/errors';
import type { DomainChannel, HandlersFor } from '../kernel/handlers';
import { probeServer } from './probeServer';
import { serverUrl } from './serverSettings';

/**
 * What the office server channels ask of the core's lifecycle (core.ts): the desk's store now,
 * and starting again on another one after the calls in flight have finished.
 */
export interface DeskStoreControl {
  status(): Promise<DeskStore>;
  /** Keeps the settings and the password, then starts the core again on that server. */
  connect(input: OfficeServerConnectInput): Promise<void>;
  /** Copies the embedded office into the (empty) server, proves the copy, then connects to it. */
  move(input: OfficeServerConnectInput, actor: Actor): Promise<MoveResult>;
  /** Starts again on the configured server (after it could not be reached). */
  retry(): Promise<DeskStore>;
}

/**
 * Before an office exists (the first-run wizard), or while the desk cannot reach its server (no
 * accounts to check against: whoever controls this computer's user account controls its settings
 * file anyway), the desk's own user chooses its server. Once an office is open, only its
 * administrator may point the desk elsewhere.
 */
async function mayChooseServer(officeExists: () => Promise<boolean>, actor: Actor | undefined): Promise<void> {
  if (!(await officeExists())) return;
  if (actor && rolesAllow(actor.roles, 'office.manage')) return;
  throw new CoreError('FORBIDDEN', 'Only the administrator may change the office server', { reason: 'forbidden' });
}

export function officeServerHandlers(deps: {
  control: DeskStoreControl;
  /** Whether the open store holds an office; false while there is no store to ask. */
  officeExists: () => Promise<boolean>;
  /** Set from the command line or SIAGA_DATABASE_URL: settings here cannot override it. */
  fixed: boolean;
}): HandlersFor<DomainChannel<'store'>> {
  const { control } = deps;
  const notFixed = () => {
    if (deps.fixed) {
      throw new CoreError('CONFLICT', 'This desk was started on a given database URL', { reason: 'serverFixed' });
    }
  };
  return {
    'store.status': () => control.status(),
    'store.test': async (input, context) => {
      await mayChooseServer(deps.officeExists, context.actor);
      return probeServer(serverUrl(input.settings, input.password));
    },
    'store.connect': async (input, context) => {
      await mayChooseServer(deps.officeExists, context.actor);
      notFixed();
      const probe = await probeServer(serverUrl(input.settings, input.password));
      await control.connect(input);
      return probe;
    },
    'store.move': async (input, context) => {
      notFixed();
      return control.move(input, context.actor);
    },
    'store.retry': () => control.retry(),
  };
}
