import { describe, expect, it } from 'vitest';
import { guardRequest, hasValidToken, isAllowedHost, isAllowedOrigin } from './requestGuard';

describe('requestGuard', () => {
  const settings = { port: 4000, token: 'secret-token' };

  it('allows only our loopback host names with our port', () => {
    expect(isAllowedHost('127.0.0.1:4000', 4000)).toBe(true);
    expect(isAllowedHost('localhost:4000', 4000)).toBe(true);
    expect(isAllowedHost('127.0.0.1', 4000)).toBe(false);
    expect(isAllowedHost('[::1]:4000', 4000)).toBe(false);
    expect(isAllowedHost(undefined, 4000)).toBe(false);
  });

  it('allows an absent Origin (same-origin GET) and our own only', () => {
    expect(isAllowedOrigin(undefined, 4000)).toBe(true);
    expect(isAllowedOrigin('http://localhost:4000', 4000)).toBe(true);
    expect(isAllowedOrigin('http://localhost:4000.evil.example', 4000)).toBe(false);
  });

  it('needs exactly "Bearer <token>"', () => {
    expect(hasValidToken('Bearer secret-token', 'secret-token')).toBe(true);
    expect(hasValidToken('bearer secret-token', 'secret-token')).toBe(false);
    expect(hasValidToken('Bearer secret-token ', 'secret-token')).toBe(false);
    expect(hasValidToken(undefined, 'secret-token')).toBe(false);
  });

  it('checks Host and Origin before the token, so a foreign page learns 403 not 401', () => {
    expect(guardRequest({ host: 'evil:4000' }, true, settings)).toMatchObject({ allowed: false, status: 403 });
    expect(guardRequest({ host: '127.0.0.1:4000', origin: 'http://evil' }, true, settings)).toMatchObject({
      status: 403,
    });
    expect(guardRequest({ host: '127.0.0.1:4000' }, true, settings)).toMatchObject({ status: 401 });
    expect(guardRequest({ host: '127.0.0.1:4000' }, false, settings)).toEqual({ allowed: true });
  });
});
