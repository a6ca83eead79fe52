import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff';
import { messageIdFor, oneLine } from './mailMessage';
import { RateLimiter } from './rateLimiter';
import { classifySendError } from './smtpErrors';

describe('the rules the sender follows', () => {
  it('counts a slot from when its send finished, so slow sends cannot bunch up in a window', () => {
    const limiter = new RateLimiter([{ count: 2, windowMs: 1000 }]);
    expect(limiter.available(0)).toBe(2);
    const first = limiter.start();
    const second = limiter.start();
    expect(limiter.available(10)).toBe(0);
    // Still in flight: no time frees them.
    expect(limiter.nextFree(5000)).toBeNull();
    first.finish(400);
    second.finish(700);
    expect(limiter.available(1300)).toBe(0);
    expect(limiter.nextFree(1300)).toBe(1400);
    expect(limiter.available(1400)).toBe(1);
    expect(limiter.available(1700)).toBe(2);
  });

  it('remembers sends from before a restart', () => {
    const limiter = new RateLimiter([{ count: 3, windowMs: 60_000 }]);
    limiter.seed([1000, 2000]);
    expect(limiter.available(30_000)).toBe(1);
    expect(new RateLimiter([]).available(0)).toBe(Number.POSITIVE_INFINITY);
  });

  it('backs off exponentially with jitter, capped', () => {
    const policy = { baseMs: 1000, maxMs: 8000 };
    expect(backoffDelay(1, policy, () => 0)).toBe(500);
    expect(backoffDelay(1, policy, () => 1)).toBe(1000);
    expect(backoffDelay(3, policy, () => 1)).toBe(4000);
    expect(backoffDelay(10, policy, () => 1)).toBe(8000);
  });

  it('sorts SMTP replies and network errors into retry, fail and pause', () => {
    const reply = (responseCode: number) => ({ code: 'EENVELOPE', responseCode, response: `${responseCode} x` });
    for (const code of [421, 450, 451, 452, 503]) expect(classifySendError(reply(code)).outcome).toBe('retry');
    for (const code of [550, 553, 554])
      expect(classifySendError(reply(code))).toMatchObject({
        outcome: 'fail',
        reason: 'rejected',
        detail: `${code} x`,
      });
    expect(classifySendError({ code: 'EAUTH', response: '535 no' })).toMatchObject({
      outcome: 'pause',
      reason: 'smtpAuth',
    });
    expect(
      classifySendError({ code: 'ESOCKET', originalCode: 'ECONNREFUSED', message: 'connect ECONNREFUSED' }),
    ).toMatchObject({ outcome: 'pause', reason: 'smtpUnreachable' });
    expect(
      classifySendError({
        code: 'ESOCKET',
        originalCode: 'ERR_SSL_WRONG_VERSION_NUMBER',
        message: 'wrong version number',
      }),
    ).toMatchObject({ outcome: 'pause', reason: 'smtpTls' });
    expect(classifySendError({ code: 'ECONNECTION', message: 'Connection closed unexpectedly' })).toMatchObject({
      outcome: 'retry',
      reason: 'connectionLost',
    });
    expect(classifySendError({ code: 'EENVELOPE', message: 'No recipients defined' })).toMatchObject({
      outcome: 'fail',
      reason: 'invalidAddress',
    });
  });

  it('keeps header text on one line and Message-IDs stable per job and recipient', () => {
    expect(oneLine('Banjir\r\nBcc: x@y.z\u2028lagi\u0007')).toBe('Banjir Bcc: x@y.z lagi');
    expect(messageIdFor('d1', 'o1', 'humas@slemankab.go.id')).toBe('<o1.d1@slemankab.go.id>');
    expect(messageIdFor('d1', 'o1', 'humas@slemankab.go.id')).toBe(messageIdFor('d1', 'o1', 'humas@slemankab.go.id'));
    expect(messageIdFor('d1', 'o1', 'broken')).toBe('<o1.d1@siaga.invalid>');
  });
});
