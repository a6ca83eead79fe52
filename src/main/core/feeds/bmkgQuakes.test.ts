import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBmkgQuakes } from './bmkgQuakes';

const fixture = (name: string) => readFileSync(join(__dirname, '../../../../test/fixtures/feeds', name), 'utf8');

describe("BMKG's earthquake information", () => {
  it('reads the latest event in the XML shape, with its time in UTC and its place as numbers', () => {
    const { quakes, unreadable } = readBmkgQuakes(fixture('bmkg-autogempa.xml'));
    expect(unreadable).toBe(0);
    expect(quakes).toEqual([
      {
        key: 'bmkg:2026-12-04T03:15:30.000Z:-7.98,110.12',
        at: '2026-12-04T03:15:30.000Z',
        latitude: -7.98,
        longitude: 110.12,
        magnitude: 5.6,
        depthKm: 10,
        region: 'Pusat gempa berada di laut 38 km BaratDaya Bantul',
        tsunami: 'Gempa ini dirasakan untuk diteruskan pada masyarakat',
        felt: 'IV Bantul, III - IV Sleman, III Yogyakarta',
        shakemap: '20261204101530.mmi.jpg',
      },
    ]);
  });

  it('reads a JSON list; the same event in two lists is one key; a broken entry is counted, not fatal', () => {
    const { quakes, unreadable } = readBmkgQuakes(fixture('bmkg-gempaterkini.json'));
    expect(unreadable).toBe(1);
    expect(quakes.map((quake) => [quake.at, quake.magnitude, quake.latitude, quake.longitude])).toEqual([
      ['2026-12-04T03:15:30.000Z', 5.6, -7.98, 110.12],
      ['2026-12-03T12:40:12.000Z', 6.1, -2.53, 140.7],
      // No DateTime: the local date and time with its zone (WITA, UTC+8); a decimal comma read.
      ['2026-12-01T23:02:44.000Z', 5.2, -8.65, 116.32],
    ]);
    expect(quakes[0]!.key).toBe(readBmkgQuakes(fixture('bmkg-autogempa.xml')).quakes[0]!.key);
    expect(quakes[0]!.felt).toBe('');
  });

  it('takes the place from Lintang/Bujur or the older point when Coordinates is missing', () => {
    const entry = (fields: string) =>
      readBmkgQuakes(
        `<Infogempa><gempa><DateTime>2026-12-04T03:15:30+00:00</DateTime><Magnitude>5.0</Magnitude>${fields}</gempa></Infogempa>`,
      ).quakes[0];
    expect(entry('<Lintang>2.10 LU</Lintang><Bujur>96.50 BT</Bujur>')).toMatchObject({
      latitude: 2.1,
      longitude: 96.5,
    });
    expect(entry('<point><coordinates>124.85,1.32</coordinates></point>')).toMatchObject({
      latitude: 1.32,
      longitude: 124.85,
    });
    expect(entry('<Coordinates>-95,300</Coordinates>')).toBeUndefined();
  });

  it('refuses what is not BMKG earthquake information, and any document type (entity expansion)', () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><Infogempa><gempa><Wilayah>&lol2;</Wilayah></gempa></Infogempa>';
    expect(() => readBmkgQuakes(laughs)).toThrow(expect.objectContaining({ reason: 'document_type' }));
    expect(() => readBmkgQuakes('<Infogempa><gempa>')).toThrow(expect.objectContaining({ reason: 'not_xml' }));
    expect(() => readBmkgQuakes('{"data": []}')).toThrow(expect.objectContaining({ reason: 'not_a_feed' }));
    expect(() => readBmkgQuakes('{"Infogempa": ')).toThrow(expect.objectContaining({ reason: 'not_json' }));
    expect(() => readBmkgQuakes('Service Unavailable')).toThrow(expect.objectContaining({ reason: 'not_xml' }));
  });
});
