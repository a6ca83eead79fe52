import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, documentSecurityHeaders } from './csp';

describe('content security policy', () => {
  it('never allows inline or remote scripts, eval, plugins or framing', () => {
    const scriptSrc = /script-src ([^;]+)/.exec(contentSecurityPolicy)?.[1];
    expect(scriptSrc).toBe("'self'");
    expect(contentSecurityPolicy).not.toContain('unsafe-eval');
    expect(contentSecurityPolicy).toContain("object-src 'none'");
    expect(contentSecurityPolicy).toContain("frame-ancestors 'none'");
    expect(contentSecurityPolicy).not.toMatch(/https?:/);
    expect(documentSecurityHeaders['Content-Security-Policy']).toBe(contentSecurityPolicy);
  });
});
