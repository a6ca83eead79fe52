import { createTransport, type Transporter } from 'nodemailer';
import type { MailSettingsRow } from './mailSettings';

export interface TransportOptions {
  /** A pool keeps connections open across messages (the sender); a single connection for a test mail. */
  pool: boolean;
  maxConnections?: number;
}

/** A nodemailer transport for the office server. TLS modes map to nodemailer's three switches. */
export function mailTransport(
  settings: MailSettingsRow,
  password: string | null,
  options: TransportOptions,
): Transporter {
  return createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.security === 'tls',
    requireTLS: settings.security === 'starttls',
    ignoreTLS: settings.security === 'none',
    auth: settings.username ? { user: settings.username, pass: password ?? '' } : undefined,
    tls: { minVersion: 'TLSv1.2' },
    pool: options.pool,
    maxConnections: options.maxConnections ?? 5,
    // Per connection: a server that drops us after N messages is met with a fresh connection.
    maxMessages: 100,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
    disableFileAccess: true,
    disableUrlAccess: true,
  });
}
