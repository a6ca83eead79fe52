import { describe, expect, it } from 'vitest';
import { takeBridgeToken } from './bridgeToken';

describe('takeBridgeToken', () => {
  it('takes the token from the fragment, keeps it for the tab and clears the address bar', () => {
    window.history.replaceState(null, '', '/#token=abc_DEF-123');
    window.sessionStorage.clear();
    expect(takeBridgeToken(window.location, window.history, window.sessionStorage)).toBe('abc_DEF-123');
    expect(window.location.hash).toBe('#/');
    // After a reload the fragment is a route, and the stored token is used.
    expect(takeBridgeToken(window.location, window.history, window.sessionStorage)).toBe('abc_DEF-123');
  });

  it('has no token when none was ever given', () => {
    window.history.replaceState(null, '', '/#/system');
    window.sessionStorage.clear();
    expect(takeBridgeToken(window.location, window.history, window.sessionStorage)).toBeUndefined();
    expect(window.location.hash).toBe('#/system');
  });
});
