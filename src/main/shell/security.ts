import { app, shell, type Session, type WebContents } from 'electron';
import { externalUrlToOpen, isAppUrl } from './urlPolicy';

/** Denies every permission request (camera, notifications via the web API, geolocation, ...). */
export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

function openExternally(url: string): void {
  const safe = externalUrlToOpen(url);
  if (safe) void shell.openExternal(safe);
}

/**
 * Applies to every web contents the app ever creates: no navigation away from the app, no new
 * windows (https/mailto links go to the OS browser or mail client instead), no webviews.
 */
export function lockDownWebContents(devServerUrl: string | undefined): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url, devServerUrl)) {
        event.preventDefault();
        openExternally(url);
      }
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url, devServerUrl)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      openExternally(url);
      return { action: 'deny' };
    });
  });
}
