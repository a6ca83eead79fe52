import { describe, expect, it } from 'vitest';
import { parseDelimited } from './delimitedTable';
import { mapHeaders } from './headerMapping';
import { rowsFromTable } from './importRow';
import { parseVCards } from './vcard';

describe('contact import: vCards and rows', () => {
  it('reads vCard 2.1 with quoted-printable (soft line breaks, UTF-8) and bare parameters', () => {
    const card = [
      'BEGIN:VCARD',
      'VERSION:2.1',
      'N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:P=C3=A9rez;Ren=C3=A9;;;',
      'FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Ren=C3=A9 P=C3=A9rez, wartawan sen=',
      'ior',
      'ORG:Harian Jogja;Redaksi',
      'TEL;CELL;VOICE:0812-3456-7890',
      'TEL;WORK:(0274) 868405',
      'EMAIL;INTERNET:rene@harianjogja.com',
      'END:VCARD',
    ].join('\r\n');
    expect(parseVCards(card)).toEqual([
      {
        line: 1,
        warnings: [],
        fields: {
          fullName: ['René Pérez, wartawan senior'],
          outlet: ['Harian Jogja'],
          phone: ['0812-3456-7890', '(0274) 868405'],
          email: ['rene@harianjogja.com'],
        },
      },
    ]);
  });

  it('reads 3.0 and 4.0: folded lines, escapes, groups, preferred address first, huge photos skipped', () => {
    const photo = 'A'
      .repeat(2_000_000)
      .match(/.{1,74}/g)!
      .join('\r\n ');
    const text = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Siti Aisyah',
      'item1.EMAIL;TYPE=INTERNET:siti.lain@gmail.com',
      'EMAIL;TYPE=INTERNET,PREF:siti@kompas.com',
      'TITLE:Redaktur Pelaksana',
      `PHOTO;ENCODING=b;TYPE=JPEG:${photo}`,
      'NOTE:Liputan bencana\\, kesehatan\\nHubungi pagi',
      '  hari.', // folding drops one space: the second one is the text's
      'CATEGORIES:bencana,kesehatan',
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:4.0',
      'N:Wibowo;Bambang;;Drs.;M.Si.',
      'TEL;VALUE=uri;TYPE="cell,whatsapp":tel:+62-811-222-333',
      'LANG:id',
      'END:VCARD',
    ].join('\n');
    const [siti, bambang] = parseVCards(text);
    expect(siti?.fields).toEqual({
      fullName: ['Siti Aisyah'],
      email: ['siti@kompas.com', 'siti.lain@gmail.com'],
      position: ['Redaktur Pelaksana'],
      notes: ['Liputan bencana, kesehatan\nHubungi pagi hari.'],
      tags: ['bencana', 'kesehatan'],
    });
    expect(bambang).toMatchObject({
      fields: { fullName: ['Drs. Bambang Wibowo, M.Si.'], whatsapp: ['+62-811-222-333'], language: ['id'] },
    });
    // Lines are counted in the file as written: 6 lines, the photo's folded lines, 4 more, then Bambang.
    expect(bambang?.line).toBe(6 + Math.ceil(2_000_000 / 74) + 5);
  });

  it('text outside cards and broken lines are ignored; an unfinished card is not invented', () => {
    expect(parseVCards('hello\nBEGIN:VCARD\nFN:Ani\nrusak tanpa titik dua\nEND:VCARD\nBEGIN:VCARD\nFN:Budi\n')).toEqual(
      [{ line: 2, warnings: [], fields: { fullName: ['Ani'] } }],
    );
  });

  it('delimited rows go through the column mapping; several phone columns all count; ragged rows are flagged', () => {
    const table = parseDelimited('Nama;Media;HP;WA;Catatan\nAni;Tempo;0812 1;0813 2;x\nBudi;Kompas\n');
    const rows = rowsFromTable(table, mapHeaders(table.header), true);
    expect(rows).toEqual([
      {
        line: 2,
        warnings: [],
        fields: { fullName: ['Ani'], outlet: ['Tempo'], phone: ['0812 1'], whatsapp: ['0813 2'], notes: ['x'] },
      },
      { line: 3, warnings: ['row_length'], fields: { fullName: ['Budi'], outlet: ['Kompas'] } },
    ]);
  });
});
