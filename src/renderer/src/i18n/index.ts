import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../shared/ipc/preferences';
import id from './locales/id.json';

type Translations = typeof id;

/**
 * Bahasa Indonesia is the default and the fallback, and is in the first chunk; English, the
 * second language, is loaded when it is first chosen (`switchLanguage`): a desk that never uses
 * it does not parse its hundred kilobytes before the sign-in screen. `preloaded` gives it at once
 * (the tests, which render in either language synchronously).
 */
export function createI18n(language: Language = 'id', preloaded: Partial<Record<Language, Translations>> = {}): i18n {
  const instance = i18next.createInstance();
  const resources: Record<string, { translation: Translations }> = { id: { translation: id } };
  for (const [code, translation] of Object.entries(preloaded)) resources[code] = { translation };
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

/** Changes the interface language, loading its words first if this is their first use. */
export async function switchLanguage(instance: i18n, language: Language): Promise<void> {
  if (language === 'en' && !instance.hasResourceBundle('en', 'translation')) {
    const { default: en } = await import('./locales/en.json');
    instance.addResourceBundle('en', 'translation', en);
  }
  await instance.changeLanguage(language);
}
