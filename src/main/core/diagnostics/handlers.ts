import type { DomainChannel, HandlersFor } from '../kernel/handlers';
import { diagnosticsBundle, type DiagnosticsDeps } from './diagnosticsBundle';

type AppChannel = DomainChannel<'app'>;

/** `app.diagnostics`: the bundle as a file (the app domain's `app.info` stays in app/handlers.ts). */
export function diagnosticsHandlers(deps: DiagnosticsDeps): Pick<HandlersFor<AppChannel>, 'app.diagnostics'> {
  return {
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
