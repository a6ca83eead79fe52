import { cpSync, existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { secretNames, type SecretStore } from '../core/security/secretStore';
import { storeFileName } from './dataLocation';

/**
 * Brings this account's records into the computer's shared folder, for the account that used Siaga
 * per user before the office installed it per machine (the first-run question's "bring" case):
 * otherwise the office would start over in the shared folder with its records stranded in one
 * profile. Runs before the core starts, while no Siaga of this account has the store open (the
 * single-instance lock), so a file copy of the closed store is the store.
 *
 * Nothing is lost on the way: the account's folder is copied, never moved or changed (it stays as
 * it was, a fallback); the copy goes to a folder beside the target first and is put in place item
 * by item with the store file last, so a copy cut short leaves no store in the shared folder — the
 * question comes again and the leftovers are cleared. Secrets are read with the account's store
 * (the OS keychain) and written with the shared folder's (files under the folder's permissions),
 * because the keychain's ciphertext opens for this Windows account only. Logs stay behind (they
 * are this account's).
 */
export async function bringRecords(options: {
  from: string;
  to: string;
  fromSecrets: SecretStore;
  toSecrets: SecretStore;
}): Promise<void> {
  const { from, to } = options;
  const incoming = join(to, '.incoming');
  rmSync(incoming, { recursive: true, force: true });
  const left = new Set(['secrets', 'logs', `${storeFileName}-shm`]);
  cpSync(from, incoming, {
    recursive: true,
    filter: (source) => {
      const top = relative(from, source).split(sep)[0] ?? '';
      return !left.has(top);
    },
  });
  // The store last (its journal just before it): until then the shared folder holds no store.
  const last = [`${storeFileName}-wal`, storeFileName];
  for (const name of readdirSync(incoming)) {
    if (last.includes(name)) continue;
    rmSync(join(to, name), { recursive: true, force: true });
    renameSync(join(incoming, name), join(to, name));
  }
  for (const name of secretNames) {
    const value = await options.fromSecrets.read(name);
    if (value !== null) await options.toSecrets.write(name, value);
  }
  for (const name of last) {
    if (existsSync(join(incoming, name))) renameSync(join(incoming, name), join(to, name));
  }
  rmSync(incoming, { recursive: true, force: true });
}
