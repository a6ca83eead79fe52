import { describe, expect, it } from 'vitest';
import { createDuplicateIndex, nameKey, outletKey, similarNames } from './duplicates';

const siti = {
  id: 'c1',
  fullName: 'Hj. Siti Aisyah, S.I.Kom.',
  outlets: ['Harian Kompas'],
  emails: ['siti@kompas.com'],
  phones: ['+6281234567890'],
};

describe('duplicate contacts', () => {
  it('compares names without degrees, honorifics, accents or case', () => {
    expect(nameKey('Hj. Siti Aisyah, S.I.Kom.')).toBe('siti aisyah');
    expect(nameKey('Drs. RENÉ  Pérez, M.Si.')).toBe('rene perez');
    expect(outletKey('PT Kompas Media Nusantara Tbk')).toBe('kompas media nusantara');
    expect(similarNames('siti aisyah', 'siti aisya')).toBe(true);
    expect(similarNames('siti aisyah', 'sita aisyah')).toBe(true);
    expect(similarNames('ani', 'ana')).toBe(true);
    expect(similarNames('ani', 'budi')).toBe(false);
    expect(similarNames('dewi lestari', 'rewi lestari')).toBe(false);
  });

  it('finds the same person by e-mail, then phone, then a near-identical name at the same outlet', () => {
    const index = createDuplicateIndex([siti]);
    expect(index.find({ fullName: 'Orang Lain', outlets: [], emails: ['siti@kompas.com'], phones: [] })).toEqual({
      id: 'c1',
      reason: 'email',
    });
    expect(index.find({ fullName: 'Orang Lain', outlets: [], emails: [], phones: ['+6281234567890'] })).toEqual({
      id: 'c1',
      reason: 'phone',
    });
    expect(index.find({ fullName: 'Siti Aisya', outlets: ['harian kompas'], emails: [], phones: [] })).toEqual({
      id: 'c1',
      reason: 'name_outlet',
    });
    // A slip in the first word is found through the last one, and the other way round.
    expect(index.find({ fullName: 'Sitti Aisyah', outlets: ['Harian Kompas'], emails: [], phones: [] })).toEqual({
      id: 'c1',
      reason: 'name_outlet',
    });
    expect(index.find({ fullName: 'Siti Asyah', outlets: ['Harian Kompas'], emails: [], phones: [] })).toEqual({
      id: 'c1',
      reason: 'name_outlet',
    });
    // The same name at another outlet is another person until an address says otherwise.
    expect(index.find({ fullName: 'Siti Aisyah', outlets: ['Tempo'], emails: [], phones: [] })).toBeNull();
  });

  it('rows added during an import are found by later rows of the same file', () => {
    const index = createDuplicateIndex();
    index.add({ ...siti, id: 'row-2' });
    expect(index.find({ fullName: 'x', outlets: [], emails: ['siti@kompas.com'], phones: [] })).toEqual({
      id: 'row-2',
      reason: 'email',
    });
  });

  it('in a crowded block (one outlet, one first name) still finds the slip, and the first of several', () => {
    const crowd = Array.from({ length: 2000 }, (_, index) => ({
      id: `c${index}`,
      fullName: `Agus ${String.fromCharCode(97 + (index % 26))}${String.fromCharCode(97 + (Math.floor(index / 26) % 26))}wanto ${index}`,
      outlets: ['Kompas'],
      emails: [],
      phones: [],
    }));
    const index = createDuplicateIndex([
      ...crowd,
      { id: 'first', fullName: 'Agus Setiawan', outlets: ['Kompas'], emails: [], phones: [] },
      { id: 'second', fullName: 'Agus Setiawan', outlets: ['Kompas'], emails: [], phones: [] },
    ]);
    const find = (fullName: string) => index.find({ fullName, outlets: ['Kompas'], emails: [], phones: [] });
    expect(find('Agus Setiawan')).toEqual({ id: 'first', reason: 'name_outlet' });
    expect(find('Agus Setiwan')).toEqual({ id: 'first', reason: 'name_outlet' }); // a letter left out
    expect(find('Agus Setyawan')).toEqual({ id: 'first', reason: 'name_outlet' }); // a letter changed
    expect(find('Agus Sutrisno')).toBeNull(); // another person
  });
});
