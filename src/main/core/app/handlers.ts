import type { Store } from '../db/store';
import { diagnosticsBundle } from '../diagnostics/diagnosticsBundle';
import type { FileLog } from '../diagnostics/fileLog';
import type { DomainChannel, HandlersFor } from '../kernel/handlers';
import { readAppInfo } from './appInfoService';

export function appHandlers(deps: {
  store: Store;
  appVersion: string;
  databaseUrl: string | undefined;
  log: FileLog | undefined;
  now: () => Date;
}): HandlersFor<DomainChannel<'app'>> {
  return {
    'app.info': () => readAppInfo(deps.store, deps.appVersion),
    'app.diagnostics': async () => {
      const bundle = await diagnosticsBundle(deps);
      const stamp = bundle.generatedAt.slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
      return {
        fileName: `siaga-diagnostik-${stamp}.json`,
        mimeType: 'application/json',
        dataBase64: Buffer.from(JSON.stringify(bundle, null, 2)).toString('base64'),
      };
    },
  };
}
