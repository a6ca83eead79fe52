import { z } from 'zod';

export const languages = ['id', 'en'] as const;
export type Language = (typeof languages)[number];

export const colorSchemes = ['light', 'dark', 'auto'] as const;
export type ColorScheme = (typeof colorSchemes)[number];

/** UI preferences of this installation. Bahasa Indonesia is the default language. */
export const preferencesSchema = z.object({
  language: z.enum(languages),
  colorScheme: z.enum(colorSchemes),
});

export type Preferences = z.infer<typeof preferencesSchema>;

export const defaultPreferences: Preferences = { language: 'id', colorScheme: 'light' };

/** A partial update; unknown keys are refused so a typo never passes silently. */
export const preferencesPatchSchema = preferencesSchema.partial().strict();
export type PreferencesPatch = z.infer<typeof preferencesPatchSchema>;
