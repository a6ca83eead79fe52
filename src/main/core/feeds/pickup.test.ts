import { describe, expect, it } from 'vitest';
import { normalizeWords, pickupMatch, pickupProbe } from './pickup';

const statement = pickupProbe({
  id: 's1',
  releasedAt: '2026-12-04T03:20:00.000Z',
  number: '045/HUMAS/XII/2026',
  title: 'Banjir di Kecamatan Mlati Surut',
  text: 'Pemerintah Kabupaten Sleman menyalurkan bantuan. Sebanyak 120 keluarga mengungsi ke balai desa Sendangadi malam ini.',
});
const story = (title: string, summary = '', at = '2026-12-04T04:00:00.000Z') => ({ title, summary, at });

describe('pickup of a released statement', () => {
  it('is found by its number (however spaced), its title (however typed) or eight of its words in a row', () => {
    expect(pickupMatch(statement, story('Rilis', 'Siaran pers nomor 045 / HUMAS / XII / 2026 menyebut'))).toBe(
      'number',
    );
    expect(pickupMatch(statement, story('BANJIR DI KECAMATAN MLATÍ SURUT: warga pulang'))).toBe('title');
    expect(
      pickupMatch(
        statement,
        story('Pengungsi', '"Sebanyak 120 keluarga mengungsi ke balai desa Sendangadi," kata Humas.'),
      ),
    ).toBe('phrase');
  });

  it('is not found in common words, a shorter run, another title, or a story older than the release', () => {
    // Seven words of the statement in a row are not enough; "Pemerintah Kabupaten Sleman" is everyone's.
    expect(
      pickupMatch(statement, story('Pemerintah Kabupaten Sleman', 'Sebanyak 120 keluarga mengungsi ke balai desa')),
    ).toBe(null);
    expect(pickupMatch(statement, story('Banjir di Kecamatan Mlati'))).toBe(null);
    expect(pickupMatch(statement, story('Banjir di Kecamatan Mlati Surut', '', '2026-12-04T02:00:00.000Z'))).toBe(null);
    // Ten minutes early (clocks differ) still counts.
    expect(pickupMatch(statement, story('Banjir di Kecamatan Mlati Surut', '', '2026-12-04T03:12:00.000Z'))).toBe(
      'title',
    );
  });

  it('does not take a short title or number as a sign', () => {
    const short = pickupProbe({ id: 's2', releasedAt: statement.releasedAt, number: '7', title: 'Banjir', text: '' });
    expect(short).toMatchObject({ number: null, title: null });
    expect(pickupMatch(short, story('Banjir 7 desa'))).toBe(null);
  });

  it('reads words without case, accents or punctuation', () => {
    expect(normalizeWords('Gempa M5,6 — “Sleman”, Yogyakarta!')).toEqual(['gempa', 'm5', '6', 'sleman', 'yogyakarta']);
  });
});
