import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../contacts/import/decodeText';
import { parseDelimited } from '../contacts/import/delimitedTable';
import { neutralizeCell, restoreCell, toSafeCsv } from './safeCsv';

/** Cell text as people type it: Indonesian and other scripts, separators, quotes, new lines, formulas. */
const cell = fc
  .oneof(
    fc.string({ unit: 'grapheme', maxLength: 20 }),
    fc.constantFrom(
      'Ni Luh Putu Ayu',
      'Nguyễn Văn An',
      'محمد',
      '李小龙',
      '"Nona"',
      'a,b;c',
      'baris\nbaris',
      '\r\n',
      '=1+1',
      '+6281234567890',
      "'apostrof",
      '@here',
      '-',
      '',
    ),
  )
  .filter((text) => !text.includes('\u0000') && !text.includes('\uFEFF'));

describe('safe CSV', () => {
  it('neutralises formula starts and restores them exactly', () => {
    for (const value of ['=SUM(A1)', '+62812', '-5', '@x', '\tx', '\rx', "'=already", 'Siti']) {
      expect(restoreCell(neutralizeCell(value))).toBe(value);
    }
    expect(neutralizeCell('+6281234567890')).toBe("'+6281234567890");
    expect(toSafeCsv([['Nama'], ['Ani']]).startsWith('\uFEFFNama\r\n')).toBe(true);
  });

  it('round-trips any table through our writer and reader, with comma or semicolon (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          cell.filter((text) => text.trim() === text && text !== ''),
          { minLength: 1, maxLength: 5 },
        ),
        fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 8 }),
        fc.constantFrom(',' as const, ';' as const),
        (header, body, delimiter) => {
          // Rows that are entirely blank are skipped by the reader, as intended for imports.
          const rows = body.filter((row) => row.some((text) => text.trim() !== ''));
          const bytes = Buffer.from(toSafeCsv([header, ...rows], delimiter), 'utf8');
          const table = parseDelimited(decodeText(bytes).text, delimiter);
          expect(table.header.map(restoreCell)).toEqual(header);
          expect(table.rows.map((row) => row.cells.map(restoreCell))).toEqual(rows);
        },
      ),
      { numRuns: 300 },
    );
  });
});
