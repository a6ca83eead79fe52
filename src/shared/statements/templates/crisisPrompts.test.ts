import { describe, expect, it } from 'vitest';
import { docToPlainText } from '../plainText';
import { doc, p, ul } from './build';
import { fillCrisisDoc, fillCrisisText, shortPlace } from './crisisPrompts';

const fill = {
  event: 'Banjir Kecamatan Gamping',
  place: 'Kabupaten Sleman',
  figures: ['Warga mengungsi: 40 keluarga (sumber: BPBD Sleman, per 3 Desember 2026, 10.00 WIB)'],
  areas: 'Wilayah terdampak: Kabupaten Sleman.',
};

describe('a crisis answering a template’s prompts', () => {
  it('writes the event and the place, dropping " di [Lokasi]" when the text already says where', () => {
    expect(fillCrisisText('Pemkab Menangani [Peristiwa] di [Lokasi]', fill)).toBe(
      'Pemkab Menangani Banjir Kecamatan Gamping di Kabupaten Sleman',
    );
    expect(fillCrisisText('Pemkab Sleman Menangani [Peristiwa] di [Lokasi]', fill)).toBe(
      'Pemkab Sleman Menangani Banjir Kecamatan Gamping',
    );
    expect(fillCrisisText('prihatin atas [peristiwa] yang terjadi', fill)).toBe(
      'prihatin atas banjir Kecamatan Gamping yang terjadi',
    );
    expect(fillCrisisText('Responds to [Event] in [Place]', { ...fill, place: '' })).toBe(
      'Responds to Banjir Kecamatan Gamping',
    );
  });

  it('turns the official-figures prompt into one item per figure and leaves other prompts to the drafter', () => {
    const body = fillCrisisDoc(
      doc(
        ul(
          '[Fakta terverifikasi 1: apa, di mana, kapan.]',
          '[Fakta terverifikasi 2: jumlah terdampak menurut data resmi.]',
        ),
        p('[Wilayah terdampak.]'),
      ),
      fill,
    );
    expect(docToPlainText(body)).toContain('[Fakta terverifikasi 1: apa, di mana, kapan.]');
    expect(docToPlainText(body)).toContain('Warga mengungsi: 40 keluarga (sumber: BPBD Sleman');
    expect(docToPlainText(body)).not.toContain('Fakta terverifikasi 2');
    expect(docToPlainText(body)).toContain('Wilayah terdampak: Kabupaten Sleman.');
    // Without figures the prompt stays, and blocks submission until written over.
    expect(
      docToPlainText(
        fillCrisisDoc(doc(ul('[Verified fact 2: people affected, per official data.]')), { ...fill, figures: [] }),
      ),
    ).toContain('[Verified fact 2');
  });

  it('shortens a place for the dateline', () => {
    expect(shortPlace('Kabupaten Sleman')).toBe('Sleman');
    expect(shortPlace('Kota Yogyakarta')).toBe('Yogyakarta');
    expect(shortPlace('DI Yogyakarta')).toBe('DI Yogyakarta');
  });
});
