/**
 * Which URLs the app window may show, which it may hand to the OS, and which frames may call the
 * core. Pure functions so the rules are unit-tested without Electron.
 */
export const appScheme = 'app';
export const appHost = 'siaga';
export const appOrigin = `${appScheme}://${appHost}`;
export const appEntryUrl = `${appOrigin}/index.html`;

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** The app's own pages: app://siaga/..., or the dev server during `npm run dev`. */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (parsed.protocol === `${appScheme}:` && parsed.host === appHost) return true;
  const dev = devServerUrl ? parse(devServerUrl) : undefined;
  return dev !== undefined && parsed.origin === dev.origin;
}

/** Only https and mailto links leave the app, and only after parsing; everything else is dropped. */
export function externalUrlToOpen(url: string): string | undefined {
  const parsed = parse(url);
  if (!parsed) return undefined;
  if (parsed.protocol === 'https:' && parsed.hostname !== '') return parsed.href;
  if (parsed.protocol === 'mailto:' && parsed.pathname !== '') return parsed.href;
  return undefined;
}

/** An IPC message is trusted only from the main frame of an app page, never a sub-frame. */
export function isTrustedSender(frameUrl: string | undefined, isMainFrame: boolean, devServerUrl?: string): boolean {
  return isMainFrame && frameUrl !== undefined && isAppUrl(frameUrl, devServerUrl);
}
