import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { documentSecurityHeaders } from '../../shared/security/csp';
import { fail, type Result } from '../../shared/ipc/result';
import type { CoreTransport } from '../core/kernel/transport';
import { guardRequest } from './requestGuard';
import { readStaticFile } from '../assets/staticFiles';
import { bodyLimitFor } from '../../shared/ipc/bodyLimits';

export interface WebBridgeOptions {
  core: CoreTransport;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Fixed only in tests; otherwise a fresh random token per run. */
  token?: string;
  /** Largest accepted request body for every channel (tests lower it); else each channel's own. */
  maxBodyBytes?: number;
  heartbeatMs?: number;
}

export interface WebBridge {
  port: number;
  token: string;
  url: string;
  close(): Promise<void>;
}

class BodyTooLargeError extends Error {}

/**
 * The body, up to `limit` bytes. Past it nothing more is kept: the rest is read and dropped (so
 * the client, still sending, gets its 413 instead of a reset connection) and the call refused.
 */
async function readBody(request: IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size <= limit) chunks.push(chunk as Buffer);
    else chunks.length = 0;
  }
  if (size > limit) throw new BodyTooLargeError();
  return Buffer.concat(chunks).toString('utf8');
}

function sendJson(response: ServerResponse, status: number, body: Result<unknown>): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    ...documentSecurityHeaders,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(text),
  });
  response.end(text);
}

function sendStatus(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { ...documentSecurityHeaders, 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(text);
}

/**
 * Browser mode: serves the built renderer and relays the contract to the core on 127.0.0.1
 * only. Same calls, same envelope, same events as the Electron preload; see DESIGN.md §1.
 */
export async function startWebBridge(options: WebBridgeOptions): Promise<WebBridge> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const streams = new Set<ServerResponse>();
  let port = 0;

  async function handleRpc(request: IncomingMessage, response: ServerResponse, channel: string): Promise<void> {
    if (request.method !== 'POST') return sendStatus(response, 405, 'Method Not Allowed');
    if (!request.headers['content-type']?.startsWith('application/json')) {
      return sendStatus(response, 415, 'Unsupported Media Type');
    }
    let input: unknown;
    try {
      const text = await readBody(request, options.maxBodyBytes ?? bodyLimitFor(channel));
      input = text.length === 0 ? {} : (JSON.parse(text) as unknown);
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        return sendJson(response, 413, fail('VALIDATION', 'Request too large', { reason: 'payloadTooLarge' }));
      }
      return sendJson(response, 400, fail('VALIDATION', 'Request body is not JSON', { reason: 'invalidJson' }));
    }
    const sessionId = request.headers['x-siaga-session'];
    const result = await options.core.call(channel, input, {
      clientId: `web:${request.socket.remotePort ?? 0}`,
      ...(typeof sessionId === 'string' ? { sessionId } : {}),
    });
    sendJson(response, 200, result);
  }

  function handleEvents(request: IncomingMessage, response: ServerResponse): void {
    if (request.method !== 'GET') return sendStatus(response, 405, 'Method Not Allowed');
    response.writeHead(200, {
      ...documentSecurityHeaders,
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    response.write(': connected\n\n');
    streams.add(response);
    const unsubscribe = options.core.onEvent((pushed) => {
      response.write(`event: ${pushed.event}\ndata: ${JSON.stringify(pushed.payload)}\n\n`);
    });
    // Comments keep idle proxies and the browser from dropping a quiet stream.
    const heartbeat = setInterval(() => response.write(': ping\n\n'), options.heartbeatMs ?? 25_000);
    heartbeat.unref();
    request.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
      streams.delete(response);
    });
  }

  async function handleStatic(request: IncomingMessage, response: ServerResponse, path: string): Promise<void> {
    if (request.method !== 'GET' && request.method !== 'HEAD') return sendStatus(response, 405, 'Method Not Allowed');
    const file = await readStaticFile(options.rendererDir, path);
    if (!file) return sendStatus(response, 404, 'Not Found');
    response.writeHead(200, {
      ...documentSecurityHeaders,
      'Content-Type': file.contentType,
      'Content-Length': file.body.length,
      'Cache-Control': file.cacheable ? 'public, max-age=31536000, immutable' : 'no-store',
    });
    response.end(request.method === 'HEAD' ? undefined : file.body);
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = new URL(request.url ?? '/', 'http://placeholder').pathname;
    const isApi = path.startsWith('/rpc/') || path === '/events';
    const verdict = guardRequest(request.headers, isApi, { port, token });
    if (!verdict.allowed) return sendStatus(response, verdict.status, verdict.reason);
    if (path.startsWith('/rpc/')) {
      let channel: string;
      try {
        channel = decodeURIComponent(path.slice('/rpc/'.length));
      } catch {
        // A malformed % escape is the caller's mistake: 400, not a server error.
        return sendJson(response, 400, fail('VALIDATION', 'Malformed channel name', { reason: 'badPath' }));
      }
      return handleRpc(request, response, channel);
    }
    if (path === '/events') return handleEvents(request, response);
    return handleStatic(request, response, path);
  }

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error('web bridge request failed', error);
      if (!response.headersSent) sendJson(response, 500, fail('INTERNAL', 'Internal error', { reason: 'internal' }));
      else response.end();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    port,
    token,
    url: `http://127.0.0.1:${port}/#token=${token}`,
    async close() {
      for (const stream of streams) stream.end();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
