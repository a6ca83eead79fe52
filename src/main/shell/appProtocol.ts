import { protocol } from 'electron';
import { documentSecurityHeaders } from '../../shared/security/csp';
import { readStaticFile } from '../assets/staticFiles';
import { appHost, appScheme } from './urlPolicy';

/** Must run before `app.ready`: app:// behaves like https (standard, secure origin). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer from app://siaga/ with the same CSP the web bridge sends. */
export function serveAppProtocol(rendererDir: string): void {
  protocol.handle(appScheme, async (request) => {
    const url = new URL(request.url);
    const file = url.host === appHost ? await readStaticFile(rendererDir, url.pathname) : undefined;
    if (!file) return new Response('Not Found', { status: 404, headers: documentSecurityHeaders });
    return new Response(new Uint8Array(file.body), {
      status: 200,
      headers: { ...documentSecurityHeaders, 'Content-Type': file.contentType },
    });
  });
}
