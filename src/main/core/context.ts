import type { Role } from '../../shared/accounts/roles';

/** The signed-in person making a call, resolved by the core from the session. */
export interface Actor {
  accountId: string;
  username: string;
  fullName: string;
  roles: Role[];
  sessionId: string;
}

/**
 * Who is calling. Every handler receives it. The transport supplies clientId and sessionId; the
 * dispatcher resolves the session to `actor` before the handler runs, and refuses channels that
 * need one when there is none.
 */
export interface CallContext {
  /** The browser-mode client or Electron window the call came from (for sessions and logs). */
  clientId?: string;
  sessionId?: string;
  actor?: Actor;
}
