import { BrowserWindow, ipcMain } from 'electron';
import { eventChannel, invokeChannel } from '../../shared/ipc/electronChannels';
import { fail } from '../../shared/ipc/result';
import type { CoreTransport } from '../core/kernel/transport';
import { rememberSession } from './sessionRegistry';
import { isTrustedSender } from './urlPolicy';

/**
 * Relays renderer calls to the core worker and core events to every window. Each call's sender
 * frame is checked: only the main frame of an app page may reach the core.
 */
export function bridgeIpcToCore(core: CoreTransport, devServerUrl: string | undefined): () => void {
  // The signed-in session of each window stays here in the shell; the renderer never holds it.
  const sessions = new Map<number, string>();
  ipcMain.handle(invokeChannel, async (event, channel: unknown, input: unknown) => {
    const frame = event.senderFrame;
    const isMainFrame = frame !== null && frame === event.sender.mainFrame;
    if (!isTrustedSender(frame?.url, isMainFrame, devServerUrl)) {
      return fail('FORBIDDEN', 'Calls are accepted only from the Siaga window', { reason: 'untrustedSender' });
    }
    if (typeof channel !== 'string') return fail('VALIDATION', 'Channel must be a string');
    const windowId = event.sender.id;
    const sessionId = sessions.get(windowId);
    const result = await core.call(channel, input, {
      clientId: `window:${windowId}`,
      ...(sessionId ? { sessionId } : {}),
    });
    rememberSession(sessions, windowId, channel, result);
    if (!sessionId) event.sender.once('destroyed', () => sessions.delete(windowId));
    return result;
  });
  const unsubscribe = core.onEvent((pushed) => {
    for (const window of BrowserWindow.getAllWindows()) {
      if (!window.isDestroyed()) window.webContents.send(eventChannel, pushed);
    }
  });
  return () => {
    ipcMain.removeHandler(invokeChannel);
    unsubscribe();
  };
}
