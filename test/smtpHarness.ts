import type { Socket } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerSession } from 'smtp-server';

/** What the test server answers to one recipient: take it, refuse it with a reply, or hang up. */
export type Verdict = 'accept' | 'drop' | { code: number; message: string };

export interface ReceivedMessage {
  to: string[];
  raw: Buffer;
  /** Parsed with mailparser (a real reader of what we wrote). */
  parsed: ParsedMail | null;
  messageId: string | null;
  /** When the server had the whole message (ms since epoch). */
  receivedAt: number;
  /** A notice to a person of the office (X-Siaga-Notice: an approval waiting), not a release or an invitation. */
  notice: boolean;
}

/** What went to the press and the invitees: everything but the office's own notices. */
export function outward(received: readonly ReceivedMessage[]): ReceivedMessage[] {
  return received.filter((message) => !message.notice);
}

export interface SmtpServerOptions {
  /** Decides per recipient and attempt (1 for the first time this address is offered). */
  verdict?: (address: string, attempt: number) => Verdict;
  auth?: { user: string; pass: string };
  /** Parse every message (off for thousands of messages). */
  parse?: boolean;
  /** Holds each accepted message this long before answering, as a busy relay does. */
  acceptDelayMs?: number;
}

/** A real SMTP server (the smtp-server package) on 127.0.0.1 that records everything it accepts. */
export async function startSmtpServer(options: SmtpServerOptions = {}) {
  const received: ReceivedMessage[] = [];
  const attempts = new Map<string, number>();
  const parse = options.parse ?? true;
  const server: SMTPServer = new SMTPServer({
    logger: false,
    secure: false,
    authOptional: !options.auth,
    allowInsecureAuth: true,
    disabledCommands: options.auth ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
    size: 50 * 1024 * 1024,
    onAuth(auth, _session, callback) {
      if (auth.username === options.auth?.user && auth.password === options.auth?.pass) {
        callback(null, { user: auth.username });
        return;
      }
      callback(Object.assign(new Error('Authentication credentials invalid'), { responseCode: 535 }));
    },
    onRcptTo(address, session, callback) {
      const key = address.address.toLowerCase();
      const attempt = (attempts.get(key) ?? 0) + 1;
      attempts.set(key, attempt);
      const verdict = options.verdict?.(key, attempt) ?? 'accept';
      if (verdict === 'accept') return callback();
      if (verdict === 'drop') {
        dropConnection(server, session);
        return;
      }
      callback(Object.assign(new Error(verdict.message), { responseCode: verdict.code }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        const to = session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase());
        const receivedAt = Date.now();
        const head = raw.toString('latin1').split(/\r?\n\r?\n/)[0] ?? '';
        const header = /^message-id:\s*(<[^>\r\n]+>)/im.exec(head);
        const notice = /^x-siaga-notice:/im.test(head);
        const entry: ReceivedMessage = { to, raw, parsed: null, messageId: header?.[1] ?? null, receivedAt, notice };
        if (!parse) {
          const accept = () => {
            received.push(entry);
            callback();
          };
          if (options.acceptDelayMs) setTimeout(accept, options.acceptDelayMs);
          else accept();
          return;
        }
        // Listed once parsed, so a test that waits for N messages can read all N.
        simpleParser(raw).then(
          (parsed) => {
            entry.parsed = parsed;
            received.push(entry);
            callback();
          },
          (error: Error) => callback(error),
        );
      });
    },
  });
  // A client killed mid-conversation resets its socket: expected here, not a test failure.
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    received,
    attemptsFor: (address: string) => attempts.get(address.toLowerCase()) ?? 0,
    /** Hangs up on every client first: smtp-server would otherwise wait 30 s for pooled connections. */
    close: () =>
      new Promise<void>((resolve) => {
        for (const connection of connectionsOf(server)) connection._socket.destroy();
        server.close(() => resolve());
      }),
  };
}

export type TestSmtpServer = Awaited<ReturnType<typeof startSmtpServer>>;

/** Hangs up on the client mid-conversation (a dropped connection, as a flaky network does). */
function dropConnection(server: SMTPServer, session: SMTPServerSession): void {
  for (const connection of connectionsOf(server)) {
    if (connection.id === session.id) connection._socket.destroy();
  }
}

/** smtp-server keeps its connections in a Set; the socket is private, hence the narrow cast. */
function connectionsOf(server: SMTPServer): Set<{ id: string; _socket: Socket }> {
  return (server as unknown as { connections: Set<{ id: string; _socket: Socket }> }).connections;
}

/** Polls until `ready()` is true (the sender works in the background). */
export async function waitFor(
  ready: () => boolean | Promise<boolean>,
  timeoutMs = 15_000,
  what = 'condition',
): Promise<void> {
  const start = Date.now();
  while (!(await ready())) {
    if (Date.now() - start > timeoutMs) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
