import { describe, expect, it } from 'vitest';
import { defaultShellSettings, memorySettingsStore } from './settingsStore';

describe('memorySettingsStore', () => {
  it('starts from the defaults (Indonesian, light) and keeps what is set', () => {
    const store = memorySettingsStore();
    expect(store.get('language')).toBe(defaultShellSettings.language);
    expect(store.get('language')).toBe('id');
    store.set('windowBounds', { width: 800, height: 600 });
    expect(store.get('windowBounds')).toEqual({ width: 800, height: 600 });
  });
});
