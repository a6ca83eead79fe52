import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBmkgQuakes, type QuakeReport } from './bmkgQuakes';
import { readCapAlert } from './capAlerts';
import { readNewsItems } from './newsItems';
import { capMatch, defaultSignalRules, newsMatch, quakeMatch, type OfficeArea } from './signalRules';

const fixture = (name: string) => readFileSync(join(__dirname, '../../../../test/fixtures/feeds', name), 'utf8');

/** Pemkab Sleman: the seat of the regency at Beran, and the regency's code. */
const sleman: OfficeArea = { centre: { latitude: -7.716, longitude: 110.355 }, regionCodes: ['34.04'] };
/** Pemkot Makassar, far from both. */
const makassar: OfficeArea = { centre: { latitude: -5.147, longitude: 119.432 }, regionCodes: ['73.71'] };
const rules = defaultSignalRules;

describe('which signals are the office’s', () => {
  const [bantul, jayapura, lombok] = readBmkgQuakes(fixture('bmkg-gempaterkini.json')).quakes as [
    QuakeReport,
    QuakeReport,
    QuakeReport,
  ];

  it('an M 5.6 about 40 km from the office matches; an M 6.1 or an M 5.2 far away does not', () => {
    const near = quakeMatch(bantul, sleman, rules);
    expect(near).toHaveLength(1);
    expect(near[0]).toMatchObject({ kind: 'distance' });
    expect((near[0] as { km: number }).km).toBeGreaterThan(35);
    expect((near[0] as { km: number }).km).toBeLessThan(45);
    expect(quakeMatch(jayapura, sleman, rules)).toEqual([]);
    expect(quakeMatch(lombok, sleman, rules)).toEqual([]);
    expect(quakeMatch(bantul, makassar, rules)).toEqual([]);
  });

  it('a quake felt in the office’s regency matches by name, however far; a weak one near does not', () => {
    const [latest] = readBmkgQuakes(fixture('bmkg-autogempa.xml')).quakes as [QuakeReport];
    expect(quakeMatch(latest, sleman, rules)).toEqual([
      { kind: 'distance', km: expect.any(Number) },
      { kind: 'place', place: 'Sleman' },
    ]);
    const farButFelt = { ...jayapura, felt: 'III Sleman, II Yogyakarta' };
    expect(quakeMatch(farButFelt, { ...sleman, centre: null }, rules)).toEqual([{ kind: 'place', place: 'Sleman' }]);
    expect(quakeMatch({ ...bantul, magnitude: 4.2 }, sleman, rules)).toEqual([]);
    // A province office answers for every regency in it.
    expect(quakeMatch(latest, { centre: null, regionCodes: ['34'] }, rules)).toEqual([
      { kind: 'place', place: 'Bantul' },
    ]);
  });

  it('a CAP warning matches by its region codes, its polygon or circle around the office, or its place names', () => {
    expect(capMatch(readCapAlert(fixture('cap-alert.xml')), sleman, rules)).toEqual([
      { kind: 'region', code: '34.04' },
      { kind: 'area', km: 0 },
      { kind: 'place', place: 'Sleman' },
    ]);
    expect(capMatch(readCapAlert(fixture('cap-update.xml')), sleman, rules)).toEqual([
      { kind: 'area', km: 0 },
      { kind: 'place', place: 'Sleman' },
    ]);
    expect(capMatch(readCapAlert(fixture('cap-alert.xml')), makassar, rules)).toEqual([]);
    // The office's province, no point set: the regencies' codes still count.
    expect(capMatch(readCapAlert(fixture('cap-alert.xml')), { centre: null, regionCodes: ['34'] }, rules)).toEqual([
      { kind: 'region', code: '34.04' },
      { kind: 'region', code: '34.02' },
      // The first of the province's places the description names, in the regions' order.
      { kind: 'place', place: 'Bantul' },
    ]);
  });

  it('a test, a cancel, or a warning below the office’s severity, urgency or certainty does not match', () => {
    const xml = fixture('cap-alert.xml');
    const matches = (text: string) => capMatch(readCapAlert(text), sleman, rules).length > 0;
    expect(matches(xml)).toBe(true);
    expect(matches(xml.replace('<status>Actual</status>', '<status>Test</status>'))).toBe(false);
    expect(matches(xml.replace('<severity>Severe</severity>', '<severity>Minor</severity>'))).toBe(false);
    expect(matches(xml.replace('<urgency>Immediate</urgency>', '<urgency>Unknown</urgency>'))).toBe(false);
    expect(matches(xml.replace('<certainty>Likely</certainty>', '<certainty>Possible</certainty>'))).toBe(false);
    expect(matches(fixture('cap-cancel.xml'))).toBe(false);
    // The office may ask for less: a Possible warning then counts.
    const looser = { ...rules, cap: { ...rules.cap, minCertainty: 'Possible' as const } };
    expect(
      capMatch(
        readCapAlert(xml.replace('<certainty>Likely</certainty>', '<certainty>Possible</certainty>')),
        sleman,
        looser,
      ),
    ).not.toEqual([]);
  });

  it('a news story matches the office’s words, whole words in any case', () => {
    const [evacuees, dam, undated] = readNewsItems(fixture('rss-outlet.xml'));
    const withWords = { ...rules, keywords: ['banjir', 'Bendungan Sermo', 'posko'] };
    expect(newsMatch(evacuees!, withWords)).toEqual([
      { kind: 'keyword', word: 'banjir' },
      { kind: 'keyword', word: 'posko' },
    ]);
    expect(newsMatch(dam!, withWords)).toEqual([{ kind: 'keyword', word: 'Bendungan Sermo' }]);
    expect(newsMatch(undated!, withWords)).toEqual([]);
    expect(newsMatch(evacuees!, { ...rules, keywords: ['banj'] })).toEqual([]);
  });
});
