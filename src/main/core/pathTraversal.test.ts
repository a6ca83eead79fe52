import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeName } from './distribution/channels/sitePackage';
import { uploadFileName } from './statements/attachments';

/** Names a hostile file or a careless person might give an attachment or an export. */
const corpus = [
  '../../etc/passwd',
  '..\\..\\Windows\\win.ini',
  '/etc/shadow',
  'C:\\Windows\\System32\\drivers\\etc\\hosts',
  '....//....//x.pdf',
  '..',
  '.',
  '   ',
  '%2e%2e%2fsecret',
  'laporan\u0000.pdf',
  'laporan.pdf\u202egnp.exe',
  '\\\\server\\share\\x.docx',
];

describe('path traversal in attachment and export names', () => {
  it('keeps an uploaded name inside any folder it is saved to', () => {
    for (const name of [...corpus, ...fc.sample(fc.string({ unit: 'binary', maxLength: 40 }), 500)]) {
      const kept = uploadFileName(name);
      // eslint-disable-next-line no-control-regex -- control characters are what must not survive
      expect(kept, JSON.stringify(name)).not.toMatch(/[\\/:\u0000-\u001f]/);
      expect(kept, JSON.stringify(name)).not.toMatch(/^\.*$/);
    }
    expect(uploadFileName('../../etc/passwd')).toBe('.._.._etc_passwd');
    expect(uploadFileName('..')).toBe('_');
    expect(uploadFileName('Siaran Pers 12.pdf')).toBe('Siaran Pers 12.pdf');
  });

  it('names every entry of the website package inside its folder', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...corpus), fc.string({ unit: 'binary', maxLength: 60 })), (name) => {
        const entry = safeName(name);
        expect(entry).toMatch(/^[\w][\w.-]*$|^file$/);
        expect(entry.split(/[\\/]/)).toHaveLength(1);
        expect(entry.length).toBeLessThanOrEqual(120);
      }),
      { numRuns: 2000 },
    );
  });
});
