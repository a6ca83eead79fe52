import Conf from 'conf';
import type { OfficeServerSettings } from '../../../shared/ipc/store';
import type { SecretStore } from '../security/secretStore';

/**
 * Which store this desk uses. A machine setting, not office data: it lives beside the desk's other
 * settings in `office-server.json` (the `conf` library electron-store is built on, so the app's
 * worker, browser mode and the CLI read one file). Its password never does: it is kept in the
 * secret store (the OS keychain in the desktop app, a user-only file otherwise).
 *
 * No file, or no `server` in it: the embedded file in the data folder (one desk).
 */
interface Stored {
  server?: OfficeServerSettings;
}

export interface DeskStoreSettings {
  /** The office server this desk uses, or null for the embedded file. */
  server(): OfficeServerSettings | null;
  /** Points the desk at an office server (and keeps its password), or back at its own file. */
  choose(server: { settings: OfficeServerSettings; password: string } | null): Promise<void>;
  /** The URL the core opens, password included, or undefined for the embedded file. */
  databaseUrl(): Promise<string | undefined>;
  /** Whether the desk is set to a server (true also when its settings file cannot be read). */
  wantsServer(): boolean;
  /** `host:port/database` of the chosen server, for people (the settings file's name if unreadable). */
  serverLabel(): string;
}

export function deskStoreSettings(dataDir: string, secrets: SecretStore): DeskStoreSettings {
  // An unreadable file must stop the desk (it would otherwise open an empty file of its own and
  // look like an office that lost everything): conf throws, and the core reports it.
  const open = () => new Conf<Stored>({ cwd: dataDir, configName: 'office-server', clearInvalidConfig: false });
  let conf: Conf<Stored> | undefined;
  const settings = () => (conf ??= open());
  const unreadable = 'office-server.json';
  return {
    wantsServer() {
      try {
        return settings().get('server') !== undefined;
      } catch {
        return true;
      }
    },
    serverLabel() {
      try {
        const server = settings().get('server');
        return server ? `${server.host}:${server.port}/${server.database}` : unreadable;
      } catch {
        return unreadable;
      }
    },
    server: () => settings().get('server') ?? null,
    async choose(server) {
      if (server === null) {
        settings().delete('server');
        await secrets.write('officeServerPassword', null);
        return;
      }
      // The password first: a desk never points at a server without the means to sign in to it.
      await secrets.write('officeServerPassword', server.password);
      settings().set('server', server.settings);
    },
    async databaseUrl() {
      const server = settings().get('server');
      if (!server) return undefined;
      return serverUrl(server, (await secrets.read('officeServerPassword')) ?? '');
    },
  };
}

/** node-postgres's `sslmode` for each of the settings' TLS choices. */
const sslModes = { verify: 'verify-full', encrypt: 'no-verify', off: 'disable' } as const;

/** The connection URL of an office server's settings: every part encoded, the CA file as `sslrootcert`. */
export function serverUrl(settings: OfficeServerSettings, password: string): string {
  const url = new URL('postgres://localhost');
  url.hostname = settings.host;
  url.port = String(settings.port);
  url.pathname = `/${encodeURIComponent(settings.database)}`;
  url.username = encodeURIComponent(settings.user);
  url.password = encodeURIComponent(password);
  url.searchParams.set('sslmode', sslModes[settings.tls]);
  if (settings.tls === 'verify' && settings.caFile) url.searchParams.set('sslrootcert', settings.caFile);
  return url.toString();
}
