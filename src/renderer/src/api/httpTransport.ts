import { createParser } from 'eventsource-parser';
import type { SiagaApi } from '../../../shared/ipc/api';
import { isEventName, type Channel, type ChannelInput, type ChannelOutput } from '../../../shared/ipc/contract';
import { fail, type Result } from '../../../shared/ipc/result';
import { signInChannels, signOutChannel } from '../../../shared/ipc/sessionChannels';

export interface HttpTransportOptions {
  /** Origin of the web bridge; '' for the page's own origin. */
  baseUrl: string;
  token: string;
  fetch?: typeof fetch;
  /** Delay before the event stream reconnects after it dropped. */
  reconnectDelayMs?: number;
  /** Where this tab keeps its session id (sessionStorage in the app; memory in tests). */
  sessionStore?: { get(): string | undefined; set(sessionId: string | undefined): void };
}

function memorySessionStore() {
  let value: string | undefined;
  return { get: () => value, set: (next: string | undefined) => void (value = next) };
}

export interface HttpTransport extends SiagaApi {
  /** Stops the event stream (tests, page unload). */
  dispose(): void;
}

type Listener = (payload: unknown) => void;

/**
 * Browser mode's SiagaApi: calls go to `POST /rpc/<channel>`, events come from `GET /events`.
 * The event stream is read with fetch rather than EventSource because EventSource cannot send
 * the Authorization header, and the token must not travel in URLs (logs, history).
 */
export function createHttpTransport(options: HttpTransportOptions): HttpTransport {
  const doFetch = options.fetch ?? fetch.bind(globalThis);
  const auth = { Authorization: `Bearer ${options.token}` };
  const session = options.sessionStore ?? memorySessionStore();
  const listeners = new Map<string, Set<Listener>>();
  let stream: AbortController | undefined;
  let disposed = false;

  async function readEvents(): Promise<void> {
    while (!disposed && listeners.size > 0) {
      stream = new AbortController();
      try {
        const response = await doFetch(`${options.baseUrl}/events`, { headers: auth, signal: stream.signal });
        if (response.ok && response.body) {
          const parser = createParser({
            onEvent: (message) => {
              if (!message.event || !isEventName(message.event)) return;
              const payload = JSON.parse(message.data) as unknown;
              for (const listener of listeners.get(message.event) ?? []) listener(payload);
            },
          });
          const decoder = new TextDecoder();
          const reader = response.body.getReader();
          for (;;) {
            const { done, value } = await reader.read();
            if (done) break;
            parser.feed(decoder.decode(value, { stream: true }));
          }
        }
      } catch {
        // Dropped or refused: retry below unless disposed.
      }
      if (!disposed) await new Promise((resolve) => setTimeout(resolve, options.reconnectDelayMs ?? 2000));
    }
    stream = undefined;
  }

  return {
    async invoke<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>> {
      let response: Response;
      try {
        response = await doFetch(`${options.baseUrl}/rpc/${encodeURIComponent(channel)}`, {
          method: 'POST',
          headers: {
            ...auth,
            'Content-Type': 'application/json',
            ...(session.get() ? { 'X-Siaga-Session': session.get()! } : {}),
          },
          body: JSON.stringify(input),
        });
      } catch {
        return fail('INTERNAL', 'The Siaga server cannot be reached', { reason: 'connectionLost' });
      }
      if (response.status === 401) {
        return fail('UNAUTHENTICATED', 'The browser-mode token was refused', { reason: 'bridgeToken' });
      }
      const type = response.headers.get('content-type') ?? '';
      if (!type.startsWith('application/json')) {
        return fail('INTERNAL', `Unexpected answer ${response.status}`, { reason: 'connectionLost' });
      }
      const result = (await response.json()) as Result<ChannelOutput<C>>;
      // Browser mode keeps the session in the tab, as the Electron shell keeps it per window.
      if (channel === signOutChannel) session.set(undefined);
      else if (result.ok && signInChannels.has(channel)) session.set((result.value as { sessionId: string }).sessionId);
      return result;
    },

    on(event, listener) {
      const set = listeners.get(event) ?? new Set<Listener>();
      listeners.set(event, set);
      set.add(listener as Listener);
      if (!stream && !disposed) void readEvents();
      return () => {
        set.delete(listener as Listener);
        if (set.size === 0) listeners.delete(event);
      };
    },

    dispose() {
      disposed = true;
      stream?.abort();
    },
  };
}
