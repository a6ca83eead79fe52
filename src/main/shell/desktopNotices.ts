import { BrowserWindow, ipcMain, Notification } from 'electron';
import { noticeChannel } from '../../shared/ipc/electronChannels';
import { isTrustedSender } from './urlPolicy';

const clip = (value: unknown, max: number) => (typeof value === 'string' ? value.slice(0, max) : '');

/**
 * Shows the renderer's notices (an update overdue, a statement waiting for my approval) as desktop
 * notifications, so they reach the desk while Siaga is behind another window. Only the app's own
 * main frame may ask; text is clipped; clicking brings the window forward.
 */
export function bridgeDesktopNotices(devServerUrl: string | undefined): () => void {
  const listener = (event: Electron.IpcMainEvent, notice: unknown) => {
    const frame = event.senderFrame;
    const isMainFrame = frame !== null && frame === event.sender.mainFrame;
    if (!isTrustedSender(frame?.url, isMainFrame, devServerUrl) || !Notification.isSupported()) return;
    const fields = (notice ?? {}) as { title?: unknown; body?: unknown };
    const title = clip(fields.title, 120);
    if (!title) return;
    const shown = new Notification({ title, body: clip(fields.body, 400) });
    shown.on('click', () => {
      const window = BrowserWindow.fromWebContents(event.sender);
      if (window && !window.isDestroyed()) {
        if (window.isMinimized()) window.restore();
        window.focus();
      }
    });
    shown.show();
  };
  ipcMain.on(noticeChannel, listener);
  return () => ipcMain.off(noticeChannel, listener);
}
