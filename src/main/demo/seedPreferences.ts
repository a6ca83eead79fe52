import type { Core } from '../core/core';

export async function seedPreferences(core: Core): Promise<string> {
  const result = await core.call('preferences.update', { language: 'id', colorScheme: 'light' });
  if (!result.ok) throw new Error(`preferences: ${result.error.message}`);
  return 'interface language Bahasa Indonesia, light theme';
}
