import type { TFunction } from 'i18next';
import { provinces, regencies, regionLabel } from '../../../shared/contacts/regions';

/** Select options for a fixed vocabulary, labelled through i18n (`contacts.<group>.<code>`). */
export const vocabularyOptions = (t: TFunction, group: string, codes: readonly string[]) =>
  codes.map((code) => ({ value: code, label: t(`contacts.${group}.${code}`) }));

/**
 * Provinces and their regencies/cities for a searchable select: each province heads a group with
 * itself ("Jawa Barat (seluruh provinsi)") and its 18–40 regencies and cities.
 */
export function regionOptions(t: TFunction) {
  return provinces.map((province) => ({
    group: province.name,
    items: [
      { value: province.code, label: t('contacts.region.wholeProvince', { name: province.name }) },
      ...regencies
        .filter((regency) => regency.provinceCode === province.code)
        .map((regency) => ({ value: regency.code, label: regency.name })),
    ],
  }));
}

export { regionLabel };

/** The languages a contact commonly works in; any other two-letter code is kept as typed. */
export const contactLanguages = ['id', 'en', 'jv', 'su', 'zh', 'ar', 'ja'] as const;
