import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docxText, pdfText } from '../../../test/readers';
import { useTempDirs } from '../../../test/tempDir';
import { runCli } from './run';
import { captureIo as io } from '../../../test/cliHarness';

describe('siaga statements', () => {
  const tempDir = useTempDirs();

  it('lists the demo statements as JSON, in every workflow state, and exports them as DOCX and PDF', async () => {
    const dataDir = join(tempDir(), 'demo');
    expect(await runCli(['demo', '--data-dir', dataDir], io().io)).toBe(0);
    const list = io();
    expect(await runCli(['statements', 'list', '--json', '--data-dir', dataDir], list.io)).toBe(0);
    const items = JSON.parse(list.out.join('\n')) as {
      id: string;
      status: string;
      number: string | null;
      title: string;
    }[];
    expect(new Set(items.map((item) => item.status))).toEqual(
      new Set(['draft', 'in_review', 'changes_requested', 'approved', 'released', 'withdrawn']),
    );
    const released = items.find((item) => item.status === 'released')!;
    expect(released.number).toMatch(/^\d{3}\/SP\/HUMAS\/[IVX]+\/\d{4}$/);

    const docx = join(tempDir(), 'out.docx');
    expect(
      await runCli(
        ['statements', 'export', released.id, '--format', 'docx', '--out', docx, '--data-dir', dataDir],
        io().io,
      ),
    ).toBe(0);
    const docxBody = await docxText(readFileSync(docx));
    expect(docxBody).toContain(released.title);
    expect(docxBody).toContain(released.number);
    const pdf = join(tempDir(), 'out.pdf');
    const draft = items.find((item) => item.status === 'draft')!;
    const exported = io();
    expect(
      await runCli(
        ['statements', 'export', draft.id, '--format', 'pdf', '--out', pdf, '--data-dir', dataDir],
        exported.io,
      ),
    ).toBe(0);
    expect(exported.out.join('\n')).toContain('DRAF');
    expect((await pdfText(readFileSync(pdf))).text).toContain('DRAF — BELUM DISETUJUI');
  });

  it('exports an approved statement as a CAP alert and as a website package folder', async () => {
    const dataDir = join(tempDir(), 'demo');
    await runCli(['demo', '--data-dir', dataDir], io().io);
    const list = io();
    await runCli(['statements', 'list', '--json', '--data-dir', dataDir], list.io);
    const items = JSON.parse(list.out.join('\n')) as { id: string; status: string; title: string }[];
    const released = items.find((item) => item.status === 'released')!;
    const cap = join(tempDir(), 'alert.xml');
    expect(
      await runCli(
        ['statements', 'export', released.id, '--format', 'cap', '--out', cap, '--data-dir', dataDir],
        io().io,
      ),
    ).toBe(0);
    expect(readFileSync(cap, 'utf8')).toContain('<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">');
    const site = join(tempDir(), 'situs');
    expect(
      await runCli(
        ['statements', 'export', released.id, '--format', 'site', '--out', site, '--data-dir', dataDir],
        io().io,
      ),
    ).toBe(0);
    expect(readFileSync(join(site, 'feed.xml'), 'utf8')).toContain(released.title);
    expect(JSON.parse(readFileSync(join(site, 'statement.json'), 'utf8'))).toMatchObject({ id: released.id });
    const draft = items.find((item) => item.status === 'draft')!;
    const refused = io();
    expect(
      await runCli(
        ['statements', 'export', draft.id, '--format', 'cap', '--out', cap, '--data-dir', dataDir],
        refused.io,
      ),
    ).toBe(1);
    expect(refused.err.join('\n')).toMatch(/approved/);
  });

  it('refuses bad arguments with usage, and an unknown id with a clear error', async () => {
    const dataDir = join(tempDir(), 'demo');
    await runCli(['demo', '--data-dir', dataDir], io().io);
    for (const argv of [
      ['statements', '--data-dir', dataDir],
      ['statements', 'export', '--format', 'pdf', '--out', 'x', '--data-dir', dataDir],
      ['statements', 'export', 'id', '--format', 'odt', '--out', 'x', '--data-dir', dataDir],
      ['statements', 'export', 'id', '--format', 'pdf', '--data-dir', dataDir],
      ['statements', 'list', 'extra', '--data-dir', dataDir],
    ]) {
      expect(await runCli(argv, io().io), argv.join(' ')).toBe(2);
    }
    const missing = io();
    const code = await runCli(
      [
        'statements',
        'export',
        '01a22098-0000-7000-8000-000000000000',
        '--format',
        'txt',
        '--out',
        join(tempDir(), 'x'),
        '--data-dir',
        dataDir,
      ],
      missing.io,
    );
    expect(code).toBe(1);
    expect(missing.err.join('\n')).toContain('does not exist');
  });
});
