import type { SendReason } from '../../../shared/distribution/vocabulary';

/** What a failed send means for the recipient and the job. */
export interface SendFailure {
  /** pause: the server cannot be used at all (nobody is counted as tried); retry: try this
   * recipient again later; fail: this recipient will never get it. */
  outcome: 'pause' | 'retry' | 'fail';
  reason: SendReason;
  /** The server's reply or the network's error, word for word (kept for the record). */
  detail: string;
}

interface MailError {
  code?: string;
  originalCode?: string;
  responseCode?: number;
  response?: string;
  permanent?: boolean;
  timeoutType?: string;
  message?: string;
}

// The connection never got as far as a conversation: nothing was sent, the job waits.
const unreachableCodes = new Set([
  'ECONNREFUSED',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EADDRNOTAVAIL',
]);
const connectTimeouts = new Set(['CONNECT_TIMEOUT', 'GREETING_TIMEOUT']);

/**
 * Sorts a nodemailer error. SMTP replies follow RFC 5321: 4yz is temporary (retry with backoff),
 * 5yz permanent (the reply is kept); 503 is a session-state error, temporary. Errors without a
 * reply are sorted by where they happened: before the conversation (pause the job and say why),
 * or in the middle of it (a dropped connection: retry this recipient).
 */
export function classifySendError(error: unknown): SendFailure {
  const mail = (typeof error === 'object' && error !== null ? error : {}) as MailError;
  const detail = String(mail.response ?? mail.message ?? error).slice(0, 1000);
  const code = mail.code ?? '';
  const original = mail.originalCode ?? '';
  if (code === 'EAUTH' || code === 'ENOAUTH') {
    // 454 is "temporary authentication failure": still a job-level stop, the person can resume.
    return { outcome: 'pause', reason: 'smtpAuth', detail };
  }
  if (
    code === 'ETLS' ||
    code === 'EREQUIRETLS' ||
    /^ERR_SSL|^ERR_TLS/.test(original) ||
    (/wrong version number|ssl|tls/i.test(mail.message ?? '') && !mail.responseCode)
  ) {
    return { outcome: 'pause', reason: 'smtpTls', detail };
  }
  if (
    code === 'EDNS' ||
    unreachableCodes.has(original) ||
    (code === 'ETIMEDOUT' && connectTimeouts.has(mail.timeoutType ?? ''))
  ) {
    return { outcome: 'pause', reason: 'smtpUnreachable', detail };
  }
  if (typeof mail.responseCode === 'number') {
    const permanent = mail.permanent ?? (mail.responseCode >= 500 && mail.responseCode !== 503);
    return permanent
      ? { outcome: 'fail', reason: 'rejected', detail }
      : { outcome: 'retry', reason: 'temporary', detail };
  }
  if (code === 'EENVELOPE') return { outcome: 'fail', reason: 'invalidAddress', detail };
  if (code === 'ECONNECTION' || code === 'ESOCKET' || code === 'ETIMEDOUT') {
    return { outcome: 'retry', reason: 'connectionLost', detail };
  }
  return { outcome: 'retry', reason: 'temporary', detail };
}
