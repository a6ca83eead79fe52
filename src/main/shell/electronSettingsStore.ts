import ElectronStore from 'electron-store';
import { defaultShellSettings, type SettingsStore, type ShellSettings } from './settingsStore';

/** electron-store behind the SettingsStore interface (config.json in the userData folder). */
export function electronSettingsStore(): SettingsStore {
  const store = new ElectronStore<ShellSettings>({ name: 'settings', defaults: defaultShellSettings });
  return {
    get: (key) => store.get(key),
    set: (key, value) => {
      if (value === undefined) store.delete(key);
      else store.set(key, value);
    },
  };
}
