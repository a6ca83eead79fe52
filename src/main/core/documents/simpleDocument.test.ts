import { describe, expect, it } from 'vitest';
import { documentFileName } from './simpleDocument';

describe('documentFileName', () => {
  it('keeps words people recognise, without accents or unsafe characters', () => {
    expect(documentFileName('001/SP/HUMAS/XI/2026 Banjir di Kecamatan Mlati', 'pdf')).toBe(
      '001-SP-HUMAS-XI-2026-Banjir-di-Kecamatan-Mlati.pdf',
    );
    expect(documentFileName('Café — "Résumé" <Pers>: a*b?', 'txt')).toBe('Cafe-Resume-Pers-a-b.txt');
    expect(documentFileName(' ... ', 'docx', 'pernyataan')).toBe('pernyataan.docx');
  });

  it('cuts a long title after its last whole word, never mid-word', () => {
    const title =
      '001/SP/HUMAS/XII/2026 Pemerintah Kabupaten Sleman Menetapkan Status Tanggap Darurat Banjir dan Tanah Longsor di Tujuh Kecamatan';
    const name = documentFileName(title, 'pdf');
    expect(name).toBe('001-SP-HUMAS-XII-2026-Pemerintah-Kabupaten-Sleman-Menetapkan-Status-Tanggap-Darurat-Banjir.pdf');
    expect(name.length - '.pdf'.length).toBeLessThanOrEqual(90);
    // One endless word is cut where it must be.
    expect(documentFileName('x'.repeat(200), 'csv')).toBe(`${'x'.repeat(90)}.csv`);
  });
});
