import { describe, expect, it } from 'vitest';
import { findFigure, numberSpellings, staleFiguresInText, type FigureVersion } from './figureInText';

describe('official figures in a statement’s text', () => {
  it('spells a value the ways a desk writes it', () => {
    expect(numberSpellings(1250)).toEqual(expect.arrayContaining(['1.250', '1,250', '1250']));
    expect(numberSpellings(3.5)).toEqual(expect.arrayContaining(['3,5', '3.5']));
  });

  it('finds the value with its unit as a whole number, in any spelling and case', () => {
    const text =
      'Sebanyak 1.250 akun terdampak; 11.250 akun lain aman. Sekitar 1250 Akun dipulihkan, 1.2500 akun tidak.';
    expect(findFigure(text, 1250, 'akun').map((match) => match.text)).toEqual(['1.250 akun', '1250 Akun']);
    expect(findFigure('1,250 accounts were affected', 1250, 'accounts')[0]).toEqual({
      start: 0,
      end: 14,
      text: '1,250 accounts',
    });
    // The unit must follow: "1.250 orang" is another count.
    expect(findFigure('1.250 orang', 1250, 'akun')).toEqual([]);
    // Not a prefix of a longer word, nor a number with decimals.
    expect(findFigure('1.250 akunnya', 1250, 'akun')).toEqual([]);
    expect(findFigure('1.250,5 akun', 1250, 'akun')).toEqual([]);
  });

  it('reads a unit-less figure only from three digits up (small numbers are in every date)', () => {
    expect(findFigure('Pada 3 Desember', 3, '')).toEqual([]);
    expect(findFigure('Total 120 pada 3 Desember', 120, '').map((match) => match.text)).toEqual(['120']);
  });

  it('names each superseded value the text still holds, once, with the current value', () => {
    const figures: FigureVersion[] = [
      { seriesId: 'a', label: 'Akun terdampak', value: 1250, unit: 'akun', version: 1 },
      { seriesId: 'a', label: 'Akun terdampak', value: 1780, unit: 'akun', version: 2 },
      { seriesId: 'b', label: 'Pengungsi', value: 120, unit: 'jiwa', version: 1 },
      { seriesId: 'b', label: 'Pengungsi', value: 185, unit: 'jiwa', version: 2 },
      { seriesId: 'b', label: 'Pengungsi', value: 120, unit: 'jiwa', version: 3 },
    ];
    const text = '1.780 akun (sumber: BSSN). Sebelumnya 1.250 akun. Pengungsi 120 jiwa, sempat 185 jiwa.';
    expect(staleFiguresInText(text, figures)).toEqual([
      { seriesId: 'a', label: 'Akun terdampak', unit: 'akun', old: 1250, found: '1.250 akun', current: 1780 },
      // 120 is current again (version 3): only 185 is stale.
      { seriesId: 'b', label: 'Pengungsi', unit: 'jiwa', old: 185, found: '185 jiwa', current: 120 },
    ]);
    expect(staleFiguresInText('1.780 akun', figures)).toEqual([]);
  });
});
