import { homedir } from 'node:os';
import { join } from 'node:path';

export const appName = 'Siaga';

export interface PlatformEnv {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  home: string;
}

/**
 * The folder Electron's `app.getPath('userData')` gives for an app named "Siaga", computed
 * without importing electron so the CLI and browser mode find the desktop app's data.
 */
export function electronUserDataDir({ platform, env, home }: PlatformEnv): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), appName);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', appName);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), appName);
}

/** `--data-dir` wins, then SIAGA_DATA_DIR, then the desktop app's own folder. */
export function resolveDataDir(
  flag: string | undefined,
  where: PlatformEnv = { platform: process.platform, env: process.env, home: homedir() },
): string {
  if (flag) return flag;
  const fromEnv = where.env.SIAGA_DATA_DIR;
  if (fromEnv) return fromEnv;
  return electronUserDataDir(where);
}
