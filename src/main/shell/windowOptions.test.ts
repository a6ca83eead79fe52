import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from './windowOptions';

describe('mainWindowOptions', () => {
  it('locks the renderer down (DESIGN.md §6)', () => {
    const options = mainWindowOptions({ preloadPath: '/p/index.js', isPackaged: true, dark: false });
    expect(options.webPreferences).toMatchObject({
      preload: '/p/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    });
  });

  it('allows DevTools only outside a packaged build and restores saved bounds', () => {
    const options = mainWindowOptions({
      preloadPath: '/p',
      isPackaged: false,
      dark: true,
      bounds: { x: 10, y: 20, width: 1000, height: 700 },
    });
    expect(options.webPreferences?.devTools).toBe(true);
    expect(options).toMatchObject({ x: 10, y: 20, width: 1000, height: 700, backgroundColor: '#1a1b1e' });
  });
});
