import { BrowserWindow, nativeTheme, screen } from 'electron';
import type { SettingsStore } from './settingsStore';
import { appEntryUrl } from './urlPolicy';
import { mainWindowOptions, type WindowBounds } from './windowOptions';

/** Forgets saved bounds that no longer fit on any display (a monitor was unplugged). */
function visibleBounds(bounds: WindowBounds | undefined): WindowBounds | undefined {
  if (!bounds || bounds.x === undefined || bounds.y === undefined) return bounds;
  const { x, y } = bounds;
  const onScreen = screen
    .getAllDisplays()
    .some(
      ({ workArea }) =>
        x >= workArea.x - 50 &&
        y >= workArea.y - 50 &&
        x < workArea.x + workArea.width &&
        y < workArea.y + workArea.height,
    );
  return onScreen ? bounds : { width: bounds.width, height: bounds.height };
}

export function createMainWindow(options: {
  preloadPath: string;
  isPackaged: boolean;
  settings: SettingsStore;
  devServerUrl: string | undefined;
}): BrowserWindow {
  const scheme = options.settings.get('colorScheme');
  const dark = scheme === 'dark' || (scheme === 'auto' && nativeTheme.shouldUseDarkColors);
  const bounds = visibleBounds(options.settings.get('windowBounds'));
  const window = new BrowserWindow(
    mainWindowOptions({
      preloadPath: options.preloadPath,
      isPackaged: options.isPackaged,
      dark,
      ...(bounds ? { bounds } : {}),
    }),
  );
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    if (!window.isMinimized() && !window.isFullScreen()) options.settings.set('windowBounds', window.getNormalBounds());
  });
  void window.loadURL(options.devServerUrl ?? appEntryUrl);
  return window;
}
