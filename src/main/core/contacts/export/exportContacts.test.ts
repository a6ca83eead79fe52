import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { contactInput } from '../../../../../test/contactsHarness';
import { failure, useStatementsTeam } from '../../../../../test/statementsHarness';
import { useTempDirs } from '../../../../../test/tempDir';
import { parseVCards } from '../import/vcard';

describe('contacts export', () => {
  const tempDir = useTempDirs();
  const openTeam = useStatementsTeam(tempDir);

  it('exports a segment, a search, chosen rows or everyone; phone numbers stay text; the export is audited', async () => {
    const { test, team } = await openTeam(() => new Date('2026-11-28T03:00:00Z'));
    const as = team.drafter.sessionId;
    const phone = (number: string) => [{ number, whatsapp: true, label: '', primary: true }];
    const ani = await test.value(
      'contacts.create',
      contactInput('Ani Kesehatan', { beats: ['health'], regions: ['32.73'], phones: phone('081234567890') }),
      as,
    );
    await test.value(
      'contacts.create',
      contactInput('=HYPERLINK("x") Budi', { beats: ['health'], regions: ['31'] }),
      as,
    );
    await test.value('contacts.create', contactInput('Citra Politik', { beats: ['politics'], regions: ['32'] }), as);
    const segment = await test.value(
      'contacts.saveList',
      {
        name: 'Kesehatan Jawa Barat',
        kind: 'segment',
        description: '',
        filter: { beats: ['health'], regions: ['32'] },
      },
      as,
    );

    const csvFile = await test.value('contacts.export', { format: 'csv', filter: { listId: segment.id } }, as);
    // Named after the segment it holds.
    expect(csvFile).toMatchObject({
      fileName: 'kontak-Kesehatan-Jawa-Barat-2026-11-28.csv',
      mimeType: 'text/csv',
      count: 1,
    });
    const csv = Buffer.from(csvFile.dataBase64, 'base64').toString('utf8');
    expect(csv.startsWith('\uFEFFNama,Media,Jabatan')).toBe(true);
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    // The desk's words: labels, region names, numbers as dialled (no "+" for a spreadsheet to take for a formula).
    expect(
      rows.map((row) => [
        row.Nama,
        row.WhatsApp,
        row.Liputan,
        row.Wilayah,
        row['Dasar Pemrosesan'],
        row['Tanggal Dikumpulkan'],
      ]),
    ).toEqual([
      ['Ani Kesehatan', '0812-3456-7890', 'Kesehatan', 'Kota Bandung', 'Pelaksanaan tugas publik', '01/11/2026'],
    ]);

    const everyone = await test.value('contacts.export', { format: 'csv' }, as);
    const all = parse(Buffer.from(everyone.dataBase64, 'base64').toString('utf8'), {
      bom: true,
      columns: true,
    }) as Record<string, string>[];
    // Sorted by name; a formula start is neutralised.
    expect(all.map((row) => row.Nama)).toEqual(['\'=HYPERLINK("x") Budi', 'Ani Kesehatan', 'Citra Politik']);

    const chosen = await test.value('contacts.export', { format: 'xlsx', ids: [ani.id] }, as);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(chosen.dataBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(2);
    const whatsapp = sheet.getRow(2).getCell(6);
    expect([whatsapp.type, whatsapp.value]).toEqual([ExcelJS.ValueType.String, '0812-3456-7890']);
    expect(chosen.fileName).toBe('kontak-terpilih-2026-11-28.xlsx');

    const vcf = await test.value('contacts.export', { format: 'vcf', filter: { query: 'citra' } }, as);
    expect(
      parseVCards(Buffer.from(vcf.dataBase64, 'base64').toString('utf8')).map((card) => card.fields.fullName),
    ).toEqual([['Citra Politik']]);

    const audit = await test.value('audit.list', { limit: 20 }, team.admin);
    const exports = audit.events.filter((event) => event.action === 'contacts.exported');
    expect(exports.map((event) => event.data)).toEqual([
      { format: 'vcf', count: 1, filtered: true },
      { format: 'xlsx', count: 1, filtered: true },
      { format: 'csv', count: 3, filtered: false },
      { format: 'csv', count: 1, filtered: false },
    ]);
    expect(failure(await test.call('contacts.export', { format: 'csv' }, team.approver.sessionId))).toEqual({
      code: 'FORBIDDEN',
      reason: 'forbidden',
    });
  });
});
