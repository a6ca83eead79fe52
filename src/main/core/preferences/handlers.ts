import type { DomainChannel, HandlersFor } from '../kernel/handlers';
import type { PreferenceService } from './preferenceService';

export function preferencesHandlers(service: PreferenceService): HandlersFor<DomainChannel<'preferences'>> {
  return {
    'preferences.get': () => service.get(),
    'preferences.update': (patch, context) => service.update(patch, context.actor?.accountId ?? null),
  };
}
