import { describe, expect, it } from 'vitest';
import { titleClaim } from './clarificationContent';

describe('a clarification title from the claim’s substance', () => {
  it('skips shouting openers, links, emoji and runs of "!!", and calms capitals', () => {
    expect(
      titleClaim(
        'PENGUMUMAN!! Pemohon izin daring diminta mengirim ulang NIK dan foto KTP lewat tautan bit.ly/verifikasi-izin hari ini.',
      ),
    ).toBe('Pemohon izin daring diminta mengirim ulang NIK dan foto KTP lewat tautan hari ini');
    expect(titleClaim('⚠️ VIRAL!!! BENDUNGAN SERMO JEBOL, WARGA KULON PROGO HARUS MENGUNGSI!!! Sebarkan')).toBe(
      'Bendungan sermo jebol, warga kulon progo harus mengungsi',
    );
    expect(titleClaim('Info penting: vaksin berisi chip https://contoh.id/x. Jangan mau divaksin!')).toBe(
      'Info penting: vaksin berisi chip',
    );
  });

  it('keeps a plain first sentence as it is, and cuts a long one at a word', () => {
    expect(
      titleClaim('Bendungan Sermo jebol, seluruh warga Kulon Progo harus mengungsi malam ini juga. Sebarkan!'),
    ).toBe('Bendungan Sermo jebol, seluruh warga Kulon Progo harus mengungsi malam ini juga');
    const long = titleClaim(`Warga ${'sangat '.repeat(40)}resah.`);
    expect(long.length).toBeLessThanOrEqual(121);
    expect(long.endsWith('…')).toBe(true);
  });
});
