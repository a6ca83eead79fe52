import { z } from 'zod';
import { publicRead, publicWrite, type DomainChannels, type DomainEvents } from './channelSpec';
import { noInput } from './fields';

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

/** The preferences channels: schemas and who may call (see channelSpec.ts). */
export const preferenceChannels = {
  'preferences.get': { input: noInput, output: preferencesSchema, policy: publicRead },
  // UI language and theme of this installation; changeable on the sign-in screen too.
  'preferences.update': { input: preferencesPatchSchema, output: preferencesSchema, policy: publicWrite },
} as const satisfies DomainChannels<'preferences'>;

/** What the preferences domain pushes, and which cached answers each event makes stale. */
export const preferenceEvents = {
  'preferences.changed': {
    payload: preferencesSchema,
    invalidates: ['preferences.get'],
  },
} as const satisfies DomainEvents<'preferences'>;
