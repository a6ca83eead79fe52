import { useMantineColorScheme } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Preferences } from '../../../shared/ipc/preferences';
import { switchLanguage } from '../i18n/index';

/** Applies the stored preferences to i18n, the document language and Mantine's colour scheme. */
export function usePreferenceEffects(preferences: Preferences | undefined): void {
  const { i18n } = useTranslation();
  const { setColorScheme } = useMantineColorScheme();
  const language = preferences?.language;
  const colorScheme = preferences?.colorScheme;
  useEffect(() => {
    if (!language) return;
    if (i18n.language !== language) void switchLanguage(i18n, language);
    document.documentElement.lang = language;
  }, [i18n, language]);
  useEffect(() => {
    if (colorScheme) setColorScheme(colorScheme);
  }, [colorScheme, setColorScheme]);
}
