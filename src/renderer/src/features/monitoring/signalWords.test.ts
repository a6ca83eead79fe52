import { describe, expect, it } from 'vitest';
import {
  capCertaintyThresholds,
  capSeverityThresholds,
  capUrgencyThresholds,
  type SignalDetail,
} from '../../../../shared/ipc/feeds';
import { testI18n } from '../../test/testI18n';
import { crisisDescription, crisisTitle, feedErrorText, figureLabel, reasonText } from './signalWords';

const quake: SignalDetail = {
  id: 'g1',
  feedId: 'f1',
  feedName: 'BMKG',
  kind: 'quake',
  title: '38 km BaratDaya BANTUL-DIY',
  occurredAt: '2026-12-04T03:15:30.000Z',
  fetchedAt: '2026-12-04T03:16:00.000Z',
  url: null,
  match: [{ kind: 'distance', km: 38.6 }],
  crisisId: null,
  dismissedAt: null,
  hoaxId: null,
  pickup: false,
  facts: {
    kind: 'quake',
    magnitude: 5.6,
    depthKm: 10,
    latitude: -7.98,
    longitude: 110.12,
    region: '38 km BaratDaya BANTUL-DIY',
    tsunami: 'Tidak berpotensi tsunami',
    felt: 'III Bantul',
  },
  draft: { severity: 2, regions: ['34.04'], firstSignalAt: '2026-12-04T03:15:30.000Z', figures: [] },
};

describe('the words of monitoring', () => {
  it('says why a signal matched, in both languages', () => {
    const id = testI18n('id').t;
    const en = testI18n('en').t;
    expect(reasonText(id, { kind: 'distance', km: 38.6 })).toBe('39 km dari pusat wilayah');
    expect(reasonText(en, { kind: 'region', code: '34.04' })).toBe('region: Kabupaten Sleman, DI Yogyakarta');
    expect(reasonText(id, { kind: 'keyword', word: 'banjir' })).toBe('kata kunci: banjir');
    expect(reasonText(en, { kind: 'area', km: 0 })).toBe("warning area 0 km from the area's centre");
  });

  it('has words for every failure reason, every CAP threshold and message type, and an unknown reason', () => {
    for (const language of ['id', 'en'] as const) {
      const { t } = testI18n(language);
      for (const reason of ['timeout', 'too_large', 'too_many_redirects', 'http_status', 'bad_url', 'network']) {
        expect(feedErrorText(t, reason)).not.toMatch(/monitoring\./);
      }
      for (const reason of ['document_type', 'not_xml', 'not_json', 'not_a_feed', 'not_cap']) {
        expect(feedErrorText(t, reason)).not.toMatch(/monitoring\./);
      }
      expect(feedErrorText(t, 'a_reason_from_a_newer_desk')).toBe(feedErrorText(t, 'other'));
      for (const word of [...capSeverityThresholds, ...capUrgencyThresholds, ...capCertaintyThresholds, 'Unknown']) {
        expect(t(`monitoring.cap.${word}`)).not.toMatch(/monitoring\./);
      }
      for (const type of ['Alert', 'Update', 'Cancel', 'Ack', 'Error']) {
        expect(t(`monitoring.msgType.${type}`)).not.toMatch(/monitoring\./);
      }
      expect(figureLabel(t, 'magnitude')).not.toMatch(/monitoring\./);
    }
    expect(feedErrorText(testI18n('id').t, 'timeout')).toBe('tidak menjawab tepat waktu');
  });

  it('words the crisis an earthquake opens: its magnitude in the language’s decimals, the source and its time', () => {
    const id = testI18n('id').t;
    const en = testI18n('en').t;
    const idNumber = (value: number) => new Intl.NumberFormat('id-ID').format(value);
    const enNumber = (value: number) => new Intl.NumberFormat('en-GB').format(value);
    expect(crisisTitle(id, quake, idNumber)).toBe('Gempa M 5,6 — 38 km BaratDaya BANTUL-DIY');
    expect(crisisTitle(en, quake, enNumber)).toBe('Earthquake M 5.6 — 38 km BaratDaya BANTUL-DIY');
    const description = crisisDescription(id, quake, () => '4 Desember 2026, 10.15 WIB');
    expect(description.split('\n\n')).toEqual([
      '38 km BaratDaya BANTUL-DIY',
      'Tidak berpotensi tsunami',
      'Dirasakan (MMI): III Bantul',
      'Sumber: BMKG, 4 Desember 2026, 10.15 WIB.',
    ]);
  });
});
