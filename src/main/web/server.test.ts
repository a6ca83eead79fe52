import { mkdirSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../shared/security/csp';
import { testWorkerPath } from '../../../test/setup/testWorker';
import { useTempDirs } from '../../../test/tempDir';
import { createCore } from '../core/core';
import type { CoreTransport } from '../core/kernel/transport';
import { WorkerCoreClient } from '../core/worker/workerClient';
import { startWebBridge, type WebBridge } from './server';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request, so tests can send any Host and Origin a hostile page could. */
function send(
  port: number,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
) {
  return new Promise<Answer>((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        path,
        method: options.method ?? 'GET',
        headers: { host: `127.0.0.1:${port}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('web bridge', () => {
  const tempDir = useTempDirs();
  const open: { bridge: WebBridge; core: CoreTransport }[] = [];
  afterEach(async () => {
    for (const { bridge, core } of open.splice(0)) {
      await bridge.close();
      await core.close();
    }
  });

  async function start(core?: CoreTransport, maxBodyBytes?: number) {
    const rendererDir = tempDir();
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Siaga</title>');
    mkdirSync(join(rendererDir, 'assets'));
    writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
    const usedCore = core ?? (await createCore({ dataDir: tempDir(), appVersion: '1.2.3' }));
    const bridge = await startWebBridge({ core: usedCore, rendererDir, ...(maxBodyBytes ? { maxBodyBytes } : {}) });
    open.push({ bridge, core: usedCore });
    const rpc = (channel: string, body: unknown, headers: Record<string, string> = {}) =>
      send(bridge.port, `/rpc/${channel}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${bridge.token}`, 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      });
    return { bridge, rpc };
  }

  it('relays a call with the token to the core and answers with the envelope', async () => {
    const { bridge, rpc } = await start();
    expect(bridge.url).toBe(`http://127.0.0.1:${bridge.port}/#token=${bridge.token}`);
    expect(bridge.token.length).toBeGreaterThanOrEqual(32);
    const answer = await rpc('app.info', {});
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: true, value: { appVersion: '1.2.3', journalMode: 'wal' } });
    expect(answer.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('accepts localhost:PORT as Host and the same origin as Origin', async () => {
    const { bridge, rpc } = await start();
    const answer = await rpc(
      'app.info',
      {},
      { host: `localhost:${bridge.port}`, origin: `http://localhost:${bridge.port}` },
    );
    expect(answer.status).toBe(200);
  });

  it('refuses a request without a token (401)', async () => {
    const { bridge } = await start();
    const answer = await send(bridge.port, '/rpc/app.info', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(answer.status).toBe(401);
  });

  it('refuses a wrong token (401), including one of the right length', async () => {
    const { bridge, rpc } = await start();
    expect((await rpc('app.info', {}, { authorization: 'Bearer nope' })).status).toBe(401);
    const sameLength = 'x'.repeat(bridge.token.length);
    expect((await rpc('app.info', {}, { authorization: `Bearer ${sameLength}` })).status).toBe(401);
    expect((await rpc('app.info', {}, { authorization: bridge.token })).status).toBe(401);
  });

  it('refuses a foreign Host (403) even with the right token: DNS rebinding', async () => {
    const { bridge, rpc } = await start();
    for (const host of [
      'evil.example',
      `evil.example:${bridge.port}`,
      `127.0.0.1:${bridge.port + 1}`,
      `0.0.0.0:${bridge.port}`,
    ]) {
      expect((await rpc('app.info', {}, { host })).status).toBe(403);
    }
    expect((await send(bridge.port, '/', { headers: { host: 'evil.example' } })).status).toBe(403);
  });

  it('refuses a foreign Origin (403) even with the right token', async () => {
    const { bridge, rpc } = await start();
    for (const origin of [
      'https://evil.example',
      'null',
      `http://127.0.0.1:${bridge.port + 1}`,
      `https://127.0.0.1:${bridge.port}`,
    ]) {
      expect((await rpc('app.info', {}, { origin })).status).toBe(403);
    }
    expect((await rpc('app.info', {}, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
  });

  it('answers bad bodies with a clear envelope and refuses wrong methods and types', async () => {
    const { bridge, rpc } = await start(undefined, 1024);
    const auth = { authorization: `Bearer ${bridge.token}` };
    const notJson = await send(bridge.port, '/rpc/app.info', {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: '{nope',
    });
    expect(notJson.status).toBe(400);
    expect(JSON.parse(notJson.body)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { reason: 'invalidJson' } },
    });
    const tooLarge = await rpc('preferences.update', { language: 'x'.repeat(5000) });
    expect(tooLarge.status).toBe(413);
    expect(JSON.parse(tooLarge.body)).toMatchObject({ ok: false, error: { details: { reason: 'payloadTooLarge' } } });
    expect((await send(bridge.port, '/rpc/app.info', { headers: auth })).status).toBe(405);
    expect(
      (
        await send(bridge.port, '/rpc/app.info', {
          method: 'POST',
          headers: { ...auth, 'content-type': 'text/plain' },
          body: '{}',
        })
      ).status,
    ).toBe(415);
    const unknown = await rpc('nope.never', {});
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const malformed = await rpc('app.%E0%A4%A', {});
    expect(malformed.status).toBe(400);
    expect(JSON.parse(malformed.body)).toMatchObject({ ok: false, error: { details: { reason: 'badPath' } } });
    expect(malformed.body).not.toMatch(/URIError|at .*\.ts/);
  });

  it("reads each channel body only up to that channel's own limit: files only where files are taken", async () => {
    const { rpc } = await start();
    const threeMegabytes = 'x'.repeat(3 * 1024 * 1024);
    const small = await rpc('accounts.login', { username: 'admin', password: threeMegabytes });
    expect(small.status).toBe(413);
    // An import takes a file of up to 64 MB: three megabytes reach the core, which answers for itself.
    const file = await rpc('contacts.importOpen', { fileName: 'kontak.csv', dataBase64: threeMegabytes });
    expect(file.status).toBe(200);
    expect(JSON.parse(file.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('serves the renderer with the CSP header and without a token, but never outside its folder', async () => {
    const { bridge } = await start();
    const index = await send(bridge.port, '/');
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toBe(contentSecurityPolicy);
    expect(index.headers['cache-control']).toBe('no-store');
    expect(index.body).toContain('<title>Siaga</title>');
    const asset = await send(bridge.port, '/assets/app.js');
    expect(asset.headers['content-type']).toContain('text/javascript');
    for (const path of [
      '/../package.json',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/assets/..%2f..%2fsecret',
      '/%00',
      '/assets/missing.js',
    ]) {
      expect((await send(bridge.port, path)).status).toBe(404);
    }
  });

  it('streams core events to an authorised /events client and refuses one without a token', async () => {
    const { bridge, rpc } = await start();
    expect((await send(bridge.port, '/events')).status).toBe(401);
    const controller = new AbortController();
    const response = await fetch(`http://127.0.0.1:${bridge.port}/events`, {
      headers: { authorization: `Bearer ${bridge.token}` },
      signal: controller.signal,
    });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reader = response.body!.getReader();
    let text = '';
    await reader.read(); // the ": connected" comment: the subscription is in place
    await rpc('preferences.update', { language: 'en' });
    while (!text.includes('\n\n')) text += new TextDecoder().decode((await reader.read()).value);
    expect(text).toBe('event: preferences.changed\ndata: {"language":"en","colorScheme":"light"}\n\n');
    controller.abort();
  });

  it('works the same over the real core worker', async () => {
    const core = await WorkerCoreClient.start({
      workerPath: testWorkerPath,
      config: { dataDir: tempDir(), appVersion: '3.0.0' },
    });
    const { rpc } = await start(core);
    expect(JSON.parse((await rpc('app.info', {})).body)).toMatchObject({ ok: true, value: { appVersion: '3.0.0' } });
  });
});
