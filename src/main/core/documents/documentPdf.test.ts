import { describe, expect, it } from 'vitest';
import { pdfText } from '../../../../test/readers';
import { documentPdf } from './documentPdf';
import type { SimpleDocument } from './simpleDocument';

const timeline = (rows: number): SimpleDocument => ({
  letterhead: ['Dinas Komunikasi dan Informatika Kabupaten Sleman'],
  title: 'Kronologi',
  footer: 'Siaga',
  blocks: [
    {
      kind: 'table',
      columns: [
        { label: 'Waktu', width: 3 },
        { label: 'Peristiwa', width: 7 },
      ],
      rows: Array.from({ length: rows }, (_, index) => [
        `05.${String(index % 60).padStart(2, '0')} WIB`,
        `Laporan nomor ${index + 1}\nBPBD Kabupaten Sleman`,
      ]),
    },
  ],
});

describe('documentPdf tables', () => {
  it('break across pages with the header row on top of each, every row kept in order', async () => {
    const { text, pages } = await pdfText(await documentPdf(timeline(150)));
    expect(pages).toBeGreaterThan(3);
    expect(text.match(/Waktu\s+Peristiwa/g)).toHaveLength(pages);
    const numbers = [...text.matchAll(/Laporan nomor (\d+)/g)].map((match) => Number(match[1]));
    expect(numbers).toEqual(Array.from({ length: 150 }, (_, index) => index + 1));
  });

  it('cut a cell taller than a page at the page instead of spilling it', async () => {
    const document = timeline(1);
    const table = document.blocks[0] as Extract<SimpleDocument['blocks'][number], { kind: 'table' }>;
    table.rows = [['05.00 WIB', Array.from({ length: 400 }, (_, index) => `baris ${index}`).join('\n')]];
    const { text, pages } = await pdfText(await documentPdf(document));
    // It starts on a fresh page (below the title there is not room) and ends there.
    expect(pages).toBe(2);
    expect(text).toContain('baris 0');
    expect(text).not.toContain('baris 399');
  });
});
