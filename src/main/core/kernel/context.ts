import type { Role } from '../../../shared/accounts/roles';

/** The signed-in person making a call, resolved by the core from the session. */
export interface Actor {
  /** null for the admin command line (someone with access to the data files, no account). */
  accountId: string | null;
  username: string;
  fullName: string;
  roles: Role[];
  sessionId: string;
}

/** An actor resolved from a signed-in session: always an account. */
export interface SessionActor extends Actor {
  accountId: string;
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
  actor?: SessionActor;
}

/** The context of a signed-in channel's handler: the dispatcher has resolved the actor. */
export interface SignedInContext extends CallContext {
  actor: SessionActor;
}

/** The `siaga users ...` commands act as this: recorded in the audit trail with no account. */
export const commandLineActor: Actor = {
  accountId: null,
  username: 'siaga-cli',
  fullName: 'Siaga command line',
  roles: ['admin'],
  sessionId: '',
};
