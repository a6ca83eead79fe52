import { importLimits } from '../../../../shared/ipc/contactImport';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decodeText';
import { detectDelimiter, parseDelimited } from './delimitedTable';
import { headerKey, mapHeaders } from './headerMapping';

const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const utf16be = (text: string) => {
  const le = Buffer.from(text, 'utf16le');
  for (let index = 0; index < le.length; index += 2) [le[index], le[index + 1]] = [le[index + 1]!, le[index]!];
  return Buffer.concat([Buffer.from([0xfe, 0xff]), le]);
};
/** Windows-1252 bytes for text that fits it (é = 0xE9, € = 0x80, “ ” = 0x93 0x94). */
const cp1252 = (text: string) =>
  Buffer.from([...text].map((char) => ({ '€': 0x80, '“': 0x93, '”': 0x94 })[char] ?? char.charCodeAt(0)));

describe('contact import: reading delimited files', () => {
  const sample =
    'Nama;Media;No. HP\nSiti Aisyah;Harian Jogja;0812-3456-7890\nRené Pérez;Kompas € “TV”;+62 811 222 333\n';

  it('decodes UTF-8 with and without BOM, UTF-16 LE/BE with BOM, UTF-16 without BOM and Windows-1252', () => {
    for (const [bytes, encoding] of [
      [Buffer.from(sample, 'utf8'), 'utf-8'],
      [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sample, 'utf8')]), 'utf-8'],
      [utf16le(sample), 'utf-16le'],
      [utf16be(sample), 'utf-16be'],
      [Buffer.from(sample, 'utf16le'), 'utf-16le'],
      [cp1252(sample), 'windows-1252'],
    ] as const) {
      const decoded = decodeText(bytes);
      expect(decoded.encoding).toBe(encoding);
      expect(decoded.text).toBe(sample);
    }
  });

  it('reads a file whose lines were saved in different encodings, line by line', () => {
    const mixed = Buffer.concat([
      Buffer.from('Nama;Media\nRené Pérez;Kompas\n', 'utf8'),
      cp1252('Désirée Ñañez;Tempo “TV”\n'),
    ]);
    expect(decodeText(mixed)).toMatchObject({
      encoding: 'mixed',
      text: 'Nama;Media\nRené Pérez;Kompas\nDésirée Ñañez;Tempo “TV”\n',
    });
  });

  it('drops NUL bytes and says how many', () => {
    const decoded = decodeText(Buffer.from('Nama,Media\nAni\u0000,Tempo\n'));
    expect(decoded).toMatchObject({ text: 'Nama,Media\nAni,Tempo\n', nulsRemoved: 1 });
  });

  it('detects comma, semicolon and tab, ignoring delimiters inside quotes', () => {
    expect(detectDelimiter('Nama;Media\n"Ani, S.Sos.";Tempo\n')).toBe(';');
    expect(detectDelimiter('Nama,Media\n"Ani; Budi",Tempo\n')).toBe(',');
    expect(detectDelimiter('Nama\tMedia\tEmail\nAni\tTempo\tani@tempo.co\n')).toBe('\t');
    // Indonesian Excel: semicolons, with decimal commas in the data.
    expect(detectDelimiter('Nama;Rating\nAni;4,5\nBudi;3,75\n')).toBe(';');
  });

  it('keeps quotes, doubled quotes and newlines inside cells; reports ragged rows instead of failing', () => {
    const table = parseDelimited(
      'Nama,Catatan,Media\n"Ani ""Nona"" Wulandari","baris satu\nbaris dua",Tempo\nBudi,pendek\n\nCitra,a,b,c,d\n',
    );
    expect(table.header).toEqual(['Nama', 'Catatan', 'Media']);
    expect(table.rows.map((row) => row.cells)).toEqual([
      ['Ani "Nona" Wulandari', 'baris satu\nbaris dua', 'Tempo'],
      ['Budi', 'pendek'],
      ['Citra', 'a', 'b', 'c', 'd'],
    ]);
    // Each row's line is where it starts, as a person looking for it in the file would count.
    expect(table.rows.map((row) => row.line)).toEqual([2, 4, 6]);
  });

  it('stops one row past the row limit', () => {
    const text = `Nama\n${'Ani\n'.repeat(importLimits.maxRows + 50)}`;
    expect(parseDelimited(text).rows).toHaveLength(importLimits.maxRows + 1);
  });

  it('an empty file and a header-only file give no rows, not an error', () => {
    expect(parseDelimited('')).toMatchObject({ header: [], rows: [] });
    expect(parseDelimited('Nama;Media\n')).toMatchObject({ header: ['Nama', 'Media'], rows: [] });
  });

  it('maps Indonesian and English headers; a duplicate single-valued column is left for the person to map', () => {
    expect(headerKey(' No. HP / WA ')).toBe('no hp wa');
    expect(mapHeaders(['Nama', 'Media', 'Jabatan', 'Surel', 'No. HP', 'WA', 'Desk', 'Wilayah', 'Kolom Aneh'])).toEqual([
      'fullName',
      'outlet',
      'position',
      'email',
      'phone',
      'whatsapp',
      'beats',
      'regions',
      null,
    ]);
    expect(mapHeaders(['Name', 'Outlet', 'E-mail', 'Email', 'Phone'])).toEqual([
      'fullName',
      'outlet',
      'email',
      'email',
      'phone',
    ]);
    expect(mapHeaders(['Nama', 'Nama'])).toEqual(['fullName', null]);
    // A remembered mapping wins, including "ignore this column".
    expect(mapHeaders(['Kolom Aneh', 'Nama'], { 'kolom aneh': 'notes', nama: null })).toEqual(['notes', null]);
  });
});
