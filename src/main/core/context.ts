/**
 * Who is calling. Every handler receives it; the accounts issue adds the signed-in session here
 * so that permissions are checked in the core, never only in the UI.
 */
export interface CallContext {
  /** The browser-mode session or Electron window the call came from (for logs and sessions). */
  clientId?: string;
  sessionId?: string;
}
