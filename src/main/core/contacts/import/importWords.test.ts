import { describe, expect, it } from 'vitest';
import { beatFor, dayFor, languageFor, lawfulBasisFor, positionFor, socialFor } from './importWords';

describe('import words', () => {
  it('reads Indonesian and English words for positions, beats, bases and languages', () => {
    expect(positionFor('Pemimpin Redaksi')).toBe('chief_editor');
    expect(positionFor('pewarta-foto')).toBe('photographer');
    expect(positionFor('Satpam')).toBeNull();
    // Common Indonesian job titles of a newsroom.
    expect(['Pewarta', 'Wartawati', 'Kepala Biro', 'Korlip', 'Wapemred', 'Jurnalis Foto'].map(positionFor)).toEqual([
      'reporter',
      'reporter',
      'editor',
      'editor',
      'chief_editor',
      'photographer',
    ]);
    expect(beatFor('Kesehatan')).toBe('health');
    expect(beatFor('disaster')).toBe('disaster');
    expect(lawfulBasisFor('Tugas publik')).toBe('public_task');
    expect(languageFor('Bahasa Inggris')).toBe('en');
    expect(languageFor('ID')).toBe('id');
    expect(languageFor('Klingon')).toBeNull();
  });

  it('reads dates day-first and refuses days that do not exist', () => {
    expect(dayFor('2027-06-30')).toBe('2027-06-30');
    expect(dayFor('30/06/2027')).toBe('2027-06-30');
    expect(dayFor('1.2.2027')).toBe('2027-02-01');
    expect(dayFor('31/02/2027')).toBeNull();
    expect(dayFor('06/30/2027')).toBeNull();
    expect(dayFor('besok')).toBeNull();
  });

  it('finds the platform of a social handle from a URL or a prefix', () => {
    expect(socialFor('https://www.instagram.com/dewi.lestari/')).toEqual({
      platform: 'instagram',
      handle: '@dewi.lestari',
    });
    expect(socialFor('https://x.com/@budi')).toEqual({ platform: 'x', handle: '@budi' });
    expect(socialFor('IG: @siti')).toEqual({ platform: 'instagram', handle: '@siti' });
    expect(socialFor('@entah')).toEqual({ platform: 'other', handle: '@entah' });
  });
});
