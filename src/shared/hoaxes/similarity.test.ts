import { describe, expect, it } from 'vitest';
import { claimWords, diceSimilarity, similarityThreshold } from './similarity';

describe('claim similarity', () => {
  it('keeps significant words only, folded to lower case without accents', () => {
    expect([...claimWords('Bendungan di Sleman JEBOL, warga yang panik diminta mengungsi — kabar dari WA')]).toEqual([
      'bendungan',
      'sleman',
      'jebol',
      'warga',
      'panik',
      'diminta',
      'mengungsi',
      'kabar',
    ]);
    expect(claimWords('Kerusakán')).toEqual(new Set(['kerusakan']));
  });

  it('rates a reworded claim above the threshold and an unrelated one below it', () => {
    const claim = claimWords('Bendungan Sermo jebol, seluruh warga Kulon Progo harus mengungsi malam ini');
    const reworded = claimWords('Warga Kulon Progo harus mengungsi, bendungan Sermo dikabarkan jebol');
    const unrelated = claimWords('Vaksin campak menyebabkan autisme pada anak');
    expect(diceSimilarity(claim, reworded)).toBeGreaterThan(0.6);
    expect(diceSimilarity(claim, unrelated)).toBeLessThan(similarityThreshold);
    expect(diceSimilarity(claim, claim)).toBe(1);
    expect(diceSimilarity(claim, new Set())).toBe(0);
  });
});
