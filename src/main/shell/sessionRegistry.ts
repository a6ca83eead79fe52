import type { Result } from '../../shared/ipc/result';
import { signInChannels, signOutChannel } from '../../shared/ipc/sessionChannels';

/**
 * Keeps the session of each client (an Electron window) from the answers that open and close
 * it, so later calls carry it without the renderer ever handling the secret.
 */
export function rememberSession(
  sessions: Map<number, string>,
  clientId: number,
  channel: string,
  result: Result<unknown>,
): void {
  if (channel === signOutChannel) {
    sessions.delete(clientId);
    return;
  }
  if (!result.ok) {
    if (result.error.code === 'UNAUTHENTICATED' && !signInChannels.has(channel)) sessions.delete(clientId);
    return;
  }
  if (signInChannels.has(channel)) {
    const sessionId = (result.value as { sessionId?: unknown }).sessionId;
    if (typeof sessionId === 'string') sessions.set(clientId, sessionId);
  }
}
