import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { feedText } from './feedText';
import { readNewsItems } from './newsItems';

const fixture = (name: string) => readFileSync(join(__dirname, '../../../../test/fixtures/feeds', name), 'utf8');

describe("outlets' news feeds", () => {
  it('reads RSS 2.0: each story once, its text without markup or scripts, only web links', () => {
    const items = readNewsItems(fixture('rss-outlet.xml'));
    expect(items.map((item) => item.title)).toEqual([
      'Pemkab Sleman: 1.240 Warga Mengungsi akibat Banjir',
      'Hoaks: Bendungan Sermo Jebol',
      'Tanpa tanggal',
    ]);
    expect(items[0]).toEqual({
      key: 'hj-2026-120401',
      title: 'Pemkab Sleman: 1.240 Warga Mengungsi akibat Banjir',
      url: 'https://harianjogja.example/2026/12/04/pemkab-sleman-1240-warga-mengungsi',
      publishedAt: '2026-12-04T02:30:00.000Z',
      summary: 'Pemerintah Kabupaten Sleman menyatakan 1.240 warga mengungsi & dua posko dibuka.',
    });
    expect(items[1]!.url).toBeNull();
    expect(items[2]!.publishedAt).toBeNull();
  });

  it('reads Atom, with an HTML title reduced to its words', () => {
    expect(readNewsItems(fixture('atom-outlet.xml'))).toEqual([
      {
        key: 'tag:kabarmataram.example,2026:berita-88121',
        title: 'Gempa M5,2 Guncang Lombok Timur',
        url: 'https://kabarmataram.example/berita/88121',
        publishedAt: '2026-12-02T00:30:00.000Z',
        summary: 'BMKG mencatat gempa bermagnitudo 5,2 di Lombok Timur.',
      },
    ]);
  });

  it('reads the encoding the server or the file declares, and guesses right without one', () => {
    const rss = (declaration: string) =>
      `<?xml version="1.0"${declaration}?><rss version="2.0"><channel><title>Suara Daerah</title><item><title>Café Malioboro ditutup sementara</title><guid>1</guid></item></channel></rss>`;
    const latin = (declaration: string) => iconv.encode(rss(declaration), 'windows-1252');
    const title = (bytes: Uint8Array, contentType: string | null) =>
      readNewsItems(feedText(bytes, contentType))[0]!.title;
    const expected = 'Café Malioboro ditutup sementara';
    expect(title(latin(' encoding="ISO-8859-1"'), 'application/rss+xml')).toBe(expected);
    expect(title(latin(''), 'application/rss+xml; charset=windows-1252')).toBe(expected);
    // No word on it anywhere: not valid UTF-8, so the Windows code page.
    expect(title(latin(''), null)).toBe(expected);
    // The same feed after its server switched to UTF-8: nothing of the last poll is assumed.
    expect(title(Buffer.from(rss(' encoding="UTF-8"'), 'utf8'), 'text/xml')).toBe(expected);
    expect(
      title(
        Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(rss(''), 'utf8')]),
        'text/xml; charset=iso-8859-1',
      ),
    ).toBe(expected);
  });

  it('refuses what is not a feed, and any document type', () => {
    expect(() => readNewsItems('<html><body>Maintenance</body></html>')).toThrow(
      expect.objectContaining({ reason: 'not_a_feed' }),
    );
    expect(() =>
      readNewsItems(
        '<!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel><title>&x;</title></channel></rss>',
      ),
    ).toThrow(expect.objectContaining({ reason: 'document_type' }));
  });
});
