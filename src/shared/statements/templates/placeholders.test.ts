import { describe, expect, it } from 'vitest';
import { bracketedPrompts, unfilledPrompts } from './placeholders';

describe('bracketed template prompts', () => {
  it('finds each bracketed span once, in order, within a line', () => {
    expect(bracketedPrompts('{office} Menangani [Peristiwa] di [Lokasi]; lagi [Peristiwa]')).toEqual([
      '[Peristiwa]',
      '[Lokasi]',
    ]);
    expect(bracketedPrompts('tanpa kurung, [] kosong, [terbuka\ntertutup]')).toEqual([]);
    expect(bracketedPrompts(`[${'a'.repeat(201)}]`)).toEqual([]);
    // A label in capitals is meant to stay.
    expect(bracketedPrompts('[HOAKS] [Ringkasan klaim yang beredar]')).toEqual(['[Ringkasan klaim yang beredar]']);
  });

  it('counts only the prompts templates offer', () => {
    const offered = new Set(['[Peristiwa]', '[Lokasi]']);
    expect(unfilledPrompts('Banjir di [Lokasi]; "kami [BPBD] siaga"', offered)).toEqual(['[Lokasi]']);
    expect(unfilledPrompts('"kami [BPBD] siaga"', offered)).toEqual([]);
  });
});
