import type { BrowserWindowConstructorOptions } from 'electron';

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
}

export const defaultBounds: WindowBounds = { width: 1280, height: 820 };

export interface WindowOptionsInput {
  preloadPath: string;
  isPackaged: boolean;
  bounds?: WindowBounds;
  dark: boolean;
}

/** The main window's options: every item of DESIGN.md §6 that lives in webPreferences. */
export function mainWindowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  const bounds = input.bounds ?? defaultBounds;
  return {
    ...bounds,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Siaga',
    backgroundColor: input.dark ? '#1a1b1e' : '#ffffff',
    autoHideMenuBar: false,
    webPreferences: {
      preload: input.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: true,
      devTools: !input.isPackaged,
    },
  };
}
