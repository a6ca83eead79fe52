import { app, dialog } from 'electron';
import { fileSecretStore } from '../core/security/secretStore';
import { bringRecords } from './bringRecords';
import { dataLocationDialog, dataLocationWords } from './dataLocationQuestion';
import { folderHasStore, machineDataDir, readInstallation, resolveDataLocation, type DataScope } from './dataLocation';
import { safeStorageSecrets } from './safeStorageSecrets';
import type { SettingsStore } from './settingsStore';

/**
 * The desktop app's data folder (the rules in dataLocation.ts), asking the first-run question when
 * the default would split the office's records; null when the person chose to quit (or the records
 * could not be brought over, which was said).
 */
export async function desktopDataLocation(
  settings: SettingsStore,
): Promise<{ dataDir: string; scope: DataScope } | null> {
  const location = resolveDataLocation({
    envDataDir: process.env.SIAGA_DATA_DIR || undefined,
    remembered: settings.get('dataLocation'),
    installation: app.isPackaged ? readInstallation(process.resourcesPath) : undefined,
    userDataDir: app.getPath('userData'),
    machineDataDir: machineDataDir(process.platform, process.env),
    hasStore: folderHasStore,
  });
  if (location.kind === 'use') return location;
  const language = settings.get('language');
  const question = dataLocationDialog(language, location.question, location);
  const answer = question.answer((await dialog.showMessageBox(question.options)).response);
  if (answer === 'quit') return null;
  if (answer === 'shared' && location.question === 'bring') {
    try {
      await bringRecords({
        from: location.own,
        to: location.shared,
        fromSecrets: safeStorageSecrets(location.own),
        toSecrets: fileSecretStore(location.shared),
      });
    } catch (error) {
      dialog.showErrorBox(
        'Siaga',
        dataLocationWords[language].bringFailed
          .replace('{shared}', location.shared)
          .replace('{reason}', error instanceof Error ? error.message : String(error)),
      );
      return null;
    }
  }
  const chosen =
    answer === 'shared'
      ? ({ dataDir: location.shared, scope: 'machine' } as const)
      : ({ dataDir: location.own, scope: 'user' } as const);
  settings.set('dataLocation', chosen);
  return { dataDir: chosen.dataDir, scope: chosen.scope === 'machine' ? 'machine' : 'remembered' };
}
