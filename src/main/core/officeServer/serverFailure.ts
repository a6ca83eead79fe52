import { CoreError } from '../kernel/errors';

/**
 * A failure to reach or use the office server, in the words people need: which of the usual
 * problems it is (`reason`, translated by the renderer) and the driver's own text for the log.
 * node-postgres never puts the password in its messages; neither do we.
 */
export function serverFailure(error: unknown, server: string): CoreError {
  if (error instanceof CoreError) return error;
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  const reason = failureReason(typeof code === 'string' ? code : undefined, message);
  return new CoreError('CONFLICT', `Office server ${server}: ${message}`, { reason, server });
}

function failureReason(code: string | undefined, message: string): string {
  // PostgreSQL's SQLSTATEs (https://www.postgresql.org/docs/current/errcodes-appendix.html).
  if (code === '28P01' || code === '28000') return 'serverLoginFailed';
  if (code === '3D000') return 'serverDatabaseMissing';
  if (code === '42501') return 'serverNoPermission';
  // The CA file named in the settings could not be read.
  if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') return 'serverCaFileUnreadable';
  if (/does not support SSL/i.test(message)) return 'serverNoTls';
  if (/certificate|self[- ]signed|SSL|TLS|altnames/i.test(message) || /CERT|TLS/.test(code ?? '')) {
    return 'serverTlsFailed';
  }
  return 'serverUnreachable';
}
