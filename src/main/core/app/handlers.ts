import type { Store } from '../db/store';
import type { DomainChannel, HandlersFor } from '../kernel/handlers';
import { readAppInfo } from './appInfoService';

export function appHandlers(deps: { store: Store; appVersion: string }): HandlersFor<DomainChannel<'app'>> {
  return {
    'app.info': () => readAppInfo(deps.store, deps.appVersion),
  };
}
