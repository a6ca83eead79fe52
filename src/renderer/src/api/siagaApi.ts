import type { SiagaApi } from '../../../shared/ipc/api';
import { takeBridgeToken } from './bridgeToken';
import { createHttpTransport } from './httpTransport';

declare global {
  interface Window {
    /** Present under Electron (the preload); absent in browser mode. */
    siaga?: SiagaApi;
  }
}

/** Picks the transport once at start-up: the preload's window.siaga, else the web bridge. */
export function connectSiagaApi(): SiagaApi | undefined {
  if (window.siaga) return window.siaga;
  const token = takeBridgeToken(window.location, window.history, window.sessionStorage);
  if (!token) return undefined;
  const key = 'siaga.session';
  const storage = window.sessionStorage;
  return createHttpTransport({
    baseUrl: '',
    token,
    sessionStore: {
      get: () => storage.getItem(key) ?? undefined,
      set: (sessionId) => (sessionId ? storage.setItem(key, sessionId) : storage.removeItem(key)),
    },
  });
}
