import { join } from 'node:path';
import Conf from 'conf';
import { backupDirName } from '../db/store';

/**
 * Where this machine keeps its backups. A machine setting, not office data: it lives beside the
 * store in `backup-settings.json` (the `conf` library that electron-store is built on, so the
 * worker, browser mode and the CLI read the same file), never inside the database it protects —
 * a damaged store must still find its backups.
 */
export interface BackupSettings {
  /** The chosen folder; the data folder's `backups/` when none was chosen. */
  folder(): string;
  chosen(): string | undefined;
  choose(folder: string | undefined): void;
}

interface Stored {
  folder?: string;
}

export function backupSettings(dataDir: string): BackupSettings {
  const conf = new Conf<Stored>({
    cwd: dataDir,
    configName: 'backup-settings',
    // Only an absolute path is stored (the service checks more before choosing it).
    schema: { folder: { type: 'string', minLength: 1 } },
    clearInvalidConfig: true,
  });
  return {
    folder: () => conf.get('folder') ?? join(dataDir, backupDirName),
    chosen: () => conf.get('folder'),
    choose: (folder) => {
      if (folder === undefined) conf.delete('folder');
      else conf.set('folder', folder);
    },
  };
}
