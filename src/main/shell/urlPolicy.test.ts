import { describe, expect, it } from 'vitest';
import { appEntryUrl, externalUrlToOpen, isAppUrl, isTrustedSender } from './urlPolicy';

describe('urlPolicy', () => {
  it('treats only app://siaga and the dev server as the app', () => {
    expect(isAppUrl(appEntryUrl)).toBe(true);
    expect(isAppUrl('app://siaga/#/system')).toBe(true);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('https://siaga.example')).toBe(false);
    expect(isAppUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });

  it('opens only https and mailto externally, after parsing', () => {
    expect(externalUrlToOpen('https://bnpb.go.id/berita')).toBe('https://bnpb.go.id/berita');
    expect(externalUrlToOpen('mailto:humas@slemankab.go.id')).toBe('mailto:humas@slemankab.go.id');
    for (const url of [
      'http://example.com',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://host/share',
      'https://',
      'mailto:',
      ' ',
    ]) {
      expect(externalUrlToOpen(url)).toBeUndefined();
    }
  });

  it('trusts IPC only from the main frame of an app page', () => {
    expect(isTrustedSender(appEntryUrl, true)).toBe(true);
    expect(isTrustedSender(appEntryUrl, false)).toBe(false);
    expect(isTrustedSender('https://evil.example', true)).toBe(false);
    expect(isTrustedSender(undefined, true)).toBe(false);
  });
});
