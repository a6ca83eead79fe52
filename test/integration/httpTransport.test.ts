import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../src/main/core/core';
import { startWebBridge, type WebBridge } from '../../src/main/web/server';
import { createHttpTransport, type HttpTransport } from '../../src/renderer/src/api/httpTransport';
import { adminProfile, officeProfile } from '../coreHarness';
import { useTempDirs } from '../tempDir';

/** The renderer's browser-mode transport against the real bridge and the real core. */
describe('renderer http transport <-> web bridge <-> core', () => {
  const tempDir = useTempDirs();
  const cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });

  async function setUp(): Promise<{ bridge: WebBridge; core: Core; api: HttpTransport }> {
    const rendererDir = tempDir();
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html>');
    const core = await createCore({ dataDir: tempDir(), appVersion: '5.0.0' });
    const bridge = await startWebBridge({ core, rendererDir });
    // Node's fetch sends no Origin; a browser on the page sends our own, which the bridge accepts.
    const api = createHttpTransport({
      baseUrl: `http://127.0.0.1:${bridge.port}`,
      token: bridge.token,
      reconnectDelayMs: 50,
    });
    cleanup.push(
      () => core.close(),
      () => bridge.close(),
      () => Promise.resolve(api.dispose()),
    );
    return { bridge, core, api };
  }

  it('invokes channels and returns the envelope', async () => {
    const { api } = await setUp();
    const info = await api.invoke('app.info', {});
    expect(info.ok && info.value.appVersion).toBe('5.0.0');
    const bad = await api.invoke('preferences.update', { language: 'fr' as 'id' });
    expect(bad.ok ? 'ok' : bad.error.code).toBe('VALIDATION');
  });

  it('receives pushed events through the authorised stream', async () => {
    const { api } = await setUp();
    const seen: unknown[] = [];
    const unsubscribe = api.on('preferences.changed', (payload) => seen.push(payload));
    // Let the stream connect before the change, as the app does at start-up.
    await new Promise((resolve) => setTimeout(resolve, 200));
    await api.invoke('preferences.update', { colorScheme: 'dark' });
    await expect.poll(() => seen).toEqual([{ language: 'id', colorScheme: 'dark' }]);
    unsubscribe();
  });

  it('turns a refused token and a dead server into translated reasons, not exceptions', async () => {
    const { bridge } = await setUp();
    const wrong = createHttpTransport({ baseUrl: `http://127.0.0.1:${bridge.port}`, token: 'wrong' });
    const refused = await wrong.invoke('app.info', {});
    expect(refused.ok ? 'ok' : refused.error.details?.reason).toBe('bridgeToken');
    const nowhere = createHttpTransport({ baseUrl: 'http://127.0.0.1:1', token: 't' });
    const lost = await nowhere.invoke('app.info', {});
    expect(lost.ok ? 'ok' : lost.error.details?.reason).toBe('connectionLost');
  });

  it('carries the session from sign-in to later calls, and drops it at sign-out', async () => {
    const { api } = await setUp();
    const setup = await api.invoke('office.setup', { office: officeProfile, admin: adminProfile });
    expect(setup.ok).toBe(true);
    const me = await api.invoke('accounts.me', {});
    expect(me.ok && me.value.username).toBe('admin');
    await api.invoke('accounts.logout', {});
    const after = await api.invoke('accounts.me', {});
    expect(after.ok ? 'ok' : after.error.code).toBe('UNAUTHENTICATED');
    const again = await api.invoke('accounts.login', { username: 'admin', password: adminProfile.password });
    expect(again.ok).toBe(true);
    expect((await api.invoke('accounts.list', {})).ok).toBe(true);
  });
});
