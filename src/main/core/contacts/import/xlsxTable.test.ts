import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readXlsx } from './xlsxTable';
import { checkZip } from './zipGuard';
import { importLimits } from '../../../../shared/ipc/contactImport';

async function workbook(rows: unknown[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Kontak');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** A one-entry zip written by hand, declaring the sizes it really has unless told to understate. */
function zipWith(name: string, content: Buffer, declared?: number): Buffer {
  const compressed = deflateRawSync(content);
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(compressed.length, 18);
  local.writeUInt32LE(declared ?? content.length, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(compressed.length, 20);
  central.writeUInt32LE(declared ?? content.length, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  const localSize = local.length + nameBytes.length + compressed.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12);
  end.writeUInt32LE(localSize, 16);
  return Buffer.concat([local, nameBytes, compressed, central, nameBytes, end]);
}

/** A workbook's XML parts written by hand around a sheet's <sheetData> content. */
async function workbookAround(sheetData: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await workbook([['Nama']]));
  const sheetPath = Object.keys(zip.files).find((name) => /worksheets\/sheet1\.xml$/.test(name))!;
  const sheet = await zip.file(sheetPath)!.async('string');
  zip.file(sheetPath, sheet.replace(/<sheetData>[\s\S]*<\/sheetData>/, `<sheetData>${sheetData}</sheetData>`));
  return Buffer.from(await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

describe('contact import: XLSX', () => {
  it('reads the first sheet: Unicode names, numbers kept as text, dates as days, formulas as their values', async () => {
    const data = await workbook([
      ['Nama', 'Media', 'HP', 'Akreditasi berlaku', 'Jumlah'],
      [
        'Ni Luh Putu Ayu Sri Wahyuni',
        'Bali Post',
        '081234567890',
        new Date(Date.UTC(2027, 2, 31)),
        { formula: '1+1', result: 2 },
      ],
      [],
      ['Nguyễn Văn An', 'VnExpress', '+84 912 345 678'],
    ]);
    const result = await readXlsx(data);
    expect(result).toEqual({
      ok: true,
      table: {
        header: ['Nama', 'Media', 'HP', 'Akreditasi berlaku', 'Jumlah'],
        rows: [
          { line: 2, cells: ['Ni Luh Putu Ayu Sri Wahyuni', 'Bali Post', '081234567890', '2027-03-31', '2'] },
          { line: 4, cells: ['Nguyễn Văn An', 'VnExpress', '+84 912 345 678'] },
        ],
      },
    });
  });

  it('refuses a zip bomb before inflating it, and garbage that is not a zip', async () => {
    const bomb = zipWith('xl/worksheets/sheet1.xml', Buffer.alloc(64 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(200_000);
    expect(checkZip(bomb)).toEqual({ ok: false, reason: 'zip_too_large' });
    expect(await readXlsx(bomb)).toEqual({ ok: false, reason: 'zip_too_large' });
    expect(await readXlsx(Buffer.from('Nama;Media\nAni;Tempo\n'))).toEqual({ ok: false, reason: 'zip_invalid' });
  });

  it('does not expand XML entities (billion laughs, external files): the sheet is refused or read literally', async () => {
    const zip = await JSZip.loadAsync(await workbook([['Nama'], ['Ani']]));
    const sheetPath = Object.keys(zip.files).find((name) => /worksheets\/sheet1\.xml$/.test(name))!;
    const sheet = await zip.file(sheetPath)!.async('string');
    const laughs = Array.from({ length: 10 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('');
    const hostile = sheet
      .replace(
        '<worksheet',
        `<!DOCTYPE worksheet [<!ENTITY l0 "ha">${laughs}<!ENTITY xxe SYSTEM "file:///etc/passwd">]><worksheet`,
      )
      .replace('<v>', '<v>&l10;&xxe;');
    zip.file(sheetPath, hostile);
    const result = await readXlsx(Buffer.from(await zip.generateAsync({ type: 'nodebuffer' })));
    const text = JSON.stringify(result);
    expect(text).not.toContain('root:');
    expect(text.length).toBeLessThan(10_000);
  });

  it('counts the bytes it inflates: a sheet whose zip understates its size is refused at the limit', async () => {
    // 210 MB of XML whitespace, declared in both directories as no larger than its compressed form.
    const content = Buffer.alloc(importLimits.maxInflatedBytes + 10 * 1024 * 1024, 0x20);
    content.write('<worksheet>', 0);
    const compressedSize = deflateRawSync(content).length;
    const lying = zipWith('xl/worksheets/sheet1.xml', content, compressedSize);
    expect(checkZip(lying)).toMatchObject({ ok: true });
    expect(await readXlsx(lying)).toEqual({ ok: false, reason: 'zip_too_large' });
  });

  it('stops at the row, column and cell limits with a reason for each', async () => {
    const rows = Array.from(
      { length: importLimits.maxRows + 2 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>Nama ${i}</t></is></c></row>`,
    ).join('');
    expect(await readXlsx(await workbookAround(rows))).toEqual({ ok: false, reason: 'file_too_many_rows' });
    const wide = `<row r="1"><c r="HZ1" t="inlineStr"><is><t>x</t></is></c></row>`;
    expect(await readXlsx(await workbookAround(wide))).toEqual({ ok: false, reason: 'file_too_many_columns' });
    const long = `<row r="1"><c r="A1" t="inlineStr"><is><t>${'x'.repeat(importLimits.maxCellChars + 1)}</t></is></c></row>`;
    expect(await readXlsx(await workbookAround(long))).toEqual({ ok: false, reason: 'file_cell_too_long' });
    // At the limit it reads.
    const atLimit =
      rows
        .split('</row>')
        .slice(0, importLimits.maxRows + 1)
        .join('</row>') + '</row>';
    const read = await readXlsx(await workbookAround(atLimit));
    expect(read.ok && read.table.rows.length).toBe(importLimits.maxRows);
  }, 60_000);
});
