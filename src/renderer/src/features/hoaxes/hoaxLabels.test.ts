import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../../i18n/locales/en.json';
import id from '../../i18n/locales/id.json';
import { durationText } from './hoaxLabels';

describe('time to clarify in words', () => {
  it('reads minutes, hours and days in both languages', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ lng: 'id', resources: { id: { translation: id }, en: { translation: en } } });
    const t = i18n.t.bind(i18n);
    expect(durationText(t, null)).toBe('—');
    expect(durationText(t, 45)).toBe('45 menit');
    expect(durationText(t, 97)).toBe('1 jam 37 menit');
    expect(durationText(t, 120)).toBe('2 jam');
    expect(durationText(t, 3 * 1440 + 250)).toBe('3 hari 4 jam');
    await i18n.changeLanguage('en');
    expect(durationText(i18n.t.bind(i18n), 97)).toBe('1 h 37 min');
  });
});
