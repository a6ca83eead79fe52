import type { CoreDeps } from '../kernel/coreDeps';
import type { DomainChannel, HandlersFor } from '../kernel/handlers';
import { readPreferences, updatePreferences } from './preferenceService';

export function preferencesHandlers(deps: CoreDeps): HandlersFor<DomainChannel<'preferences'>> {
  const { db } = deps.store.connection;
  return {
    'preferences.get': () => readPreferences(db),
    // Public: changeable on the sign-in screen, then recorded with no account.
    'preferences.update': (patch, context) =>
      deps.write({ accountId: context.actor?.accountId ?? null }, (w) => updatePreferences(w, patch)),
  };
}
