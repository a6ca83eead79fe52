import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../test/tempDir';
import { parseVCards } from '../core/contacts/import/vcard';
import { runCli } from './run';
import { captureIo as io } from '../../../test/cliHarness';

describe('siaga contacts', () => {
  const tempDir = useTempDirs();

  it('demo seeds outlets, journalists and lists; export and import work from the command line', async () => {
    const dataDir = join(tempDir(), 'demo');
    expect(await runCli(['demo', '--data-dir', dataDir, '--contacts', '40'], io().io)).toBe(0);

    const csvFile = join(tempDir(), 'semua.csv');
    const exported = io();
    expect(
      await runCli(['contacts', 'export', '--format', 'csv', '--out', csvFile, '--data-dir', dataDir], exported.io),
    ).toBe(0);
    const rows = parse(readFileSync(csvFile, 'utf8'), { bom: true, columns: true }) as Record<string, string>[];
    expect(exported.out).toEqual([`${rows.length} contacts written to ${csvFile}`]);
    expect(rows.length).toBeGreaterThan(30);

    const vcf = join(tempDir(), 'diy.vcf');
    expect(
      await runCli(
        ['contacts', 'export', '--format', 'vcf', '--list', 'Liputan bencana DIY', '--out', vcf, '--data-dir', dataDir],
        io().io,
      ),
    ).toBe(0);
    const cards = parseVCards(readFileSync(vcf, 'utf8'));
    expect(cards.every((card) => card.fields.beats?.includes('disaster'))).toBe(true);

    // Importing the export back finds everyone already there.
    const dry = io();
    expect(await runCli(['contacts', 'import', csvFile, '--dry-run', '--data-dir', dataDir], dry.io)).toBe(0);
    const report = JSON.parse(dry.out.join('\n')) as { dryRun: boolean; totals: Record<string, number> };
    expect(report.dryRun).toBe(true);
    expect(report.totals).toMatchObject({ rows: rows.length, created: 0, skipped: rows.length, failed: 0 });

    // A file from elsewhere, with headers the synonyms do not know, mapped by --map.
    const other = join(tempDir(), 'lain.csv');
    writeFileSync(
      other,
      'Jurnalis;Kantor;Surat\nYohana Tan;Antara;yohana@antaranews.com\n;Antara;kosong@antaranews.com\n',
    );
    const map = join(tempDir(), 'map.json');
    writeFileSync(map, JSON.stringify({ Jurnalis: 'fullName', Kantor: 'outlet', Surat: 'email' }));
    const imported = io();
    expect(await runCli(['contacts', 'import', other, '--map', map, '--data-dir', dataDir], imported.io)).toBe(0);
    const result = JSON.parse(imported.out.join('\n')) as {
      totals: Record<string, number>;
      rows: { line: number; outcome: string; problems: { code: string }[] }[];
    };
    expect(result.totals).toMatchObject({ created: 1, failed: 1 });
    expect(result.rows).toMatchObject([{ line: 3, outcome: 'failed', problems: [{ code: 'name_missing' }] }]);

    const bad = io();
    expect(await runCli(['contacts', 'export', '--format', 'pdf', '--out', 'x', '--data-dir', dataDir], bad.io)).toBe(
      2,
    );
    const empty = join(tempDir(), 'kosong.csv');
    writeFileSync(empty, '');
    const refused = io();
    expect(await runCli(['contacts', 'import', empty, '--data-dir', dataDir], refused.io)).toBe(1);
    expect(refused.err.join('\n')).toContain('importFileEmpty');

    // 5,000 columns: the file is refused in words that say what is wrong with it.
    const wide = join(tempDir(), 'lebar.csv');
    writeFileSync(wide, `${Array.from({ length: 5000 }, (_, i) => `Kolom ${i}`).join(',')}\n${'x,'.repeat(4999)}x\n`);
    const tooWide = io();
    expect(await runCli(['contacts', 'import', wide, '--data-dir', dataDir], tooWide.io)).toBe(1);
    expect(tooWide.err.join('\n')).toContain('the file has more than 200 columns; it is probably not a contact list');
    expect(tooWide.err.join('\n')).not.toContain('Bad option');
  });
});
