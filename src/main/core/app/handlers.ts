import type { DataScope } from '../../../shared/ipc/appInfo';
import type { Store } from '../db/store';
import type { DomainChannel, HandlersFor } from '../kernel/handlers';
import { readAppInfo } from './appInfoService';

/** `app.info`; `app.diagnostics` is the diagnostics folder's (it reads this one's facts). */
export function appHandlers(deps: {
  store: Store;
  appVersion: string;
  dataScope: DataScope;
}): Pick<HandlersFor<DomainChannel<'app'>>, 'app.info'> {
  return {
    'app.info': () => readAppInfo(deps.store, deps.appVersion, deps.dataScope),
  };
}
