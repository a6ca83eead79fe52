import { describe, expect, it } from 'vitest';
import { resolveStaticPath } from './staticFiles';

describe('resolveStaticPath', () => {
  const root = '/srv/renderer';

  it('maps / to index.html and assets inside the root', () => {
    expect(resolveStaticPath(root, '/')).toBe('/srv/renderer/index.html');
    expect(resolveStaticPath(root, '/assets/a.js')).toBe('/srv/renderer/assets/a.js');
  });

  it('never leaves the root', () => {
    for (const path of ['/../x', '/..%2Fx', '/assets/../../x', '/%2e%2e/x', '/a\\..\\..\\x', '/a%00.js', '/%E0%A4%A']) {
      const resolved = resolveStaticPath(root, path);
      expect(resolved === undefined || resolved.startsWith('/srv/renderer/')).toBe(true);
    }
    expect(resolveStaticPath(root, '/../x')).toBeUndefined();
    expect(resolveStaticPath('/srv/renderer', '/../renderer-secret/x')).toBeUndefined();
  });
});
