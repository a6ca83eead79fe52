/**
 * Channels whose success opens a session (their value carries `sessionId`), and the one that
 * closes it. The Electron shell and the browser-mode transport both keep the session from these.
 */
export const signInChannels: ReadonlySet<string> = new Set(['accounts.login', 'office.setup']);
export const signOutChannel = 'accounts.logout';
