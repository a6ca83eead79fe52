import { describe, expect, it } from 'vitest';
import { isSafeHref, normalizeRichText } from './richText';

describe('rich text normalization', () => {
  it('keeps allowed structure, drops the rest, and is idempotent', () => {
    const messy = {
      type: 'doc',
      content: [
        { type: 'text', text: 'lepas di atas' },
        {
          type: 'heading',
          attrs: { level: 9, style: 'x' },
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Judul' }] }],
        },
        { type: 'bulletList', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'butir' }] }] },
        {
          type: 'codeBlock',
          content: [{ type: 'text', text: 'kode', marks: [{ type: 'code' }, { type: 'bold' }, { type: 'bold' }] }],
        },
        { type: 'table', content: [{ type: 'paragraph' }] },
        { type: 'listItem', content: [] },
      ],
    };
    const clean = normalizeRichText(messy);
    expect(clean).toEqual({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'lepas di atas' }] },
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Judul' }] },
        {
          type: 'bulletList',
          content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'butir' }] }] }],
        },
        { type: 'paragraph', content: [{ type: 'text', text: 'kode', marks: [{ type: 'bold' }] }] },
        { type: 'paragraph' },
      ],
    });
    expect(normalizeRichText(clean)).toEqual(clean);
    expect(normalizeRichText('not a doc')).toEqual({ type: 'doc', content: [] });
  });

  it('accepts web and mail links only', () => {
    for (const href of ['https://slemankab.go.id/berita', 'http://bpbd.go.id', 'mailto:humas@slemankab.go.id']) {
      expect(isSafeHref(href), href).toBe(true);
    }
    for (const href of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'java\tscript:alert(1)',
      ' data:text/html,x',
      'file:///etc/passwd',
      '//evil.example',
      'https://a b',
      'vbscript:x',
    ]) {
      expect(isSafeHref(href), href).toBe(false);
    }
  });
});
