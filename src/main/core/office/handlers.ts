import type { SessionDeps } from '../accounts/sessionService';
import type { DomainChannel, HandlersFor } from '../kernel/handlers';
import { checkProfileLogo, mustReadOffice, officeStatus, setUpOffice, updateOffice } from './officeService';

export function officeHandlers(deps: SessionDeps): HandlersFor<DomainChannel<'office'>> {
  const { db } = deps.store.connection;
  return {
    'office.status': () => officeStatus(db),
    'office.setup': ({ office, admin }, context) => setUpOffice(deps, office, admin, context.clientId ?? 'unknown'),
    'office.get': () => mustReadOffice(db),
    'office.update': async (input, { actor }) => {
      const logo = await checkProfileLogo(input);
      await deps.write(actor, (w) => updateOffice(w, input, logo));
      return mustReadOffice(db);
    },
  };
}
