import { describe, expect, it } from 'vitest';
import { rememberSession } from './sessionRegistry';

describe('rememberSession', () => {
  it('keeps the session a sign-in opened and forgets it on sign-out or expiry', () => {
    const sessions = new Map<number, string>();
    rememberSession(sessions, 1, 'accounts.login', { ok: true, value: { sessionId: 's1', account: {} } });
    rememberSession(sessions, 2, 'office.setup', { ok: true, value: { sessionId: 's2', account: {} } });
    rememberSession(sessions, 3, 'accounts.login', { ok: false, error: { code: 'UNAUTHENTICATED', message: 'x' } });
    expect([...sessions]).toEqual([
      [1, 's1'],
      [2, 's2'],
    ]);
    rememberSession(sessions, 1, 'accounts.logout', { ok: true, value: {} });
    rememberSession(sessions, 2, 'accounts.me', { ok: false, error: { code: 'UNAUTHENTICATED', message: 'expired' } });
    expect(sessions.size).toBe(0);
  });
});
