import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../shared/ipc/preferences';
import en from './locales/en.json';
import id from './locales/id.json';

export const resources = { id: { translation: id }, en: { translation: en } } as const;

/** Bahasa Indonesia is the default and the fallback; English is the second language. */
export function createI18n(language: Language = 'id'): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'id',
    supportedLngs: ['id', 'en'],
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
    showSupportNotice: false,
  });
  return instance;
}
