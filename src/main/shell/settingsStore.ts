import type { ColorScheme, Language } from '../../shared/ipc/preferences';
import type { WindowBounds } from './windowOptions';

/**
 * What the shell remembers between runs before the core is up: where the window was, and the
 * language and theme to paint the first frame and the menu in. The core's preferences are the
 * source of truth; the shell copies language and theme here when they change.
 */
export interface ShellSettings {
  windowBounds?: WindowBounds;
  language: Language;
  colorScheme: ColorScheme;
  /** This account's answer to the first-run question about where the data lives (dataLocation.ts). */
  dataLocation?: { dataDir: string; scope: 'machine' | 'user' };
}

export const defaultShellSettings: ShellSettings = { language: 'id', colorScheme: 'light' };

export interface SettingsStore {
  get<K extends keyof ShellSettings>(key: K): ShellSettings[K];
  set<K extends keyof ShellSettings>(key: K, value: ShellSettings[K]): void;
}

/** For tests and for runs where the settings file cannot be written. */
export function memorySettingsStore(initial: Partial<ShellSettings> = {}): SettingsStore {
  const values: ShellSettings = { ...defaultShellSettings, ...initial };
  return {
    get: (key) => values[key],
    set: (key, value) => {
      values[key] = value;
    },
  };
}
