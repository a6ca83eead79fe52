import type { i18n } from 'i18next';
import type { Language } from '../../../shared/ipc/preferences';
import { createI18n } from '../i18n';
import en from '../i18n/locales/en.json';

/** i18n with both languages loaded at once: a test renders in English without waiting for its chunk. */
export function testI18n(language: Language = 'id'): i18n {
  return createI18n(language, { en });
}
