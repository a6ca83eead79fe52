/**
 * Electron entry: app lifecycle only. Everything with rules lives in the core worker; window,
 * protocol, menu and security details live in ./shell.
 */
import { join } from 'node:path';
import { app, BrowserWindow, dialog, Menu, session } from 'electron';
import type { Preferences } from '../shared/ipc/preferences';
import { registerAppScheme, serveAppProtocol } from './shell/appProtocol';
import { startCoreWorker } from './shell/coreHost';
import { electronSettingsStore } from './shell/electronSettingsStore';
import { bridgeIpcToCore } from './shell/ipcBridge';
import { bridgeDesktopNotices } from './shell/desktopNotices';
import { desktopDataLocation } from './shell/desktopDataLocation';
import { createMainWindow } from './shell/mainWindow';
import { buildMenuTemplate } from './shell/menuTemplate';
import { denyPermissions, lockDownWebContents } from './shell/security';
import type { WorkerCoreClient } from './core/worker/workerClient';
import { createFileLog } from './core/diagnostics/fileLog';

const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // Every renderer sandboxed, whatever a future window forgets to set.
  app.enableSandbox();
  registerAppScheme();
  lockDownWebContents(devServerUrl);
  let core: WorkerCoreClient | undefined;
  let mainWindow: BrowserWindow | undefined;

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  void app.whenReady().then(async () => {
    const settings = electronSettingsStore();
    denyPermissions(session.defaultSession);
    serveAppProtocol(join(__dirname, '../renderer'));
    // SIAGA_DATA_DIR, an earlier answer, a per-machine installation's folder, or this account's own.
    const location = await desktopDataLocation(settings);
    if (!location) {
      app.exit(0);
      return;
    }
    const dataDir = location.dataDir;
    // The shell's own errors go to the desk's log beside the core's (diagnostics read both).
    const log = createFileLog(join(dataDir, 'logs'), { source: 'shell' });
    app.on('render-process-gone', (_event, _contents, details) =>
      log.error(`the window's renderer stopped: ${details.reason} (exit ${details.exitCode})`),
    );
    app.on('child-process-gone', (_event, details) =>
      log.error(`a ${details.type} process stopped: ${details.reason} (exit ${details.exitCode})`),
    );
    try {
      core = await startCoreWorker(__dirname, dataDir, app.getVersion(), location.scope);
    } catch (error) {
      log.error('the core could not start', error);
      dialog.showErrorBox('Siaga', error instanceof Error ? error.message : String(error));
      app.exit(1);
      return;
    }
    bridgeIpcToCore(core, devServerUrl);
    bridgeDesktopNotices(devServerUrl);

    const setMenu = (language: Preferences['language']) =>
      Menu.setApplicationMenu(
        Menu.buildFromTemplate(
          buildMenuTemplate({
            language,
            isMac: process.platform === 'darwin',
            isPackaged: app.isPackaged,
            onAbout: () => app.showAboutPanel(),
          }),
        ),
      );
    setMenu(settings.get('language'));
    core.onEvent((pushed) => {
      if (pushed.event !== 'preferences.changed') return;
      settings.set('language', pushed.payload.language);
      settings.set('colorScheme', pushed.payload.colorScheme);
      setMenu(pushed.payload.language);
    });

    const open = () => {
      mainWindow = createMainWindow({
        preloadPath: join(__dirname, '../preload/index.js'),
        isPackaged: app.isPackaged,
        settings,
        devServerUrl,
      });
      mainWindow.on('closed', () => (mainWindow = undefined));
    };
    open();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) open();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  let quitting = false;
  app.on('before-quit', (event) => {
    if (quitting || !core) return;
    // Close the store cleanly (WAL checkpoint) before the process goes.
    event.preventDefault();
    quitting = true;
    void core.close().finally(() => app.quit());
  });
}
