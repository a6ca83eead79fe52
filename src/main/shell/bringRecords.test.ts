import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { insertAccount } from '../../../test/migrationRows';
import { useTempDirs } from '../../../test/tempDir';
import { openStore } from '../core/db/store';
import { fileSecretStore, type SecretStore } from '../core/security/secretStore';
import { bringRecords } from './bringRecords';
import { folderHasStore } from './dataLocation';

/** Every file under `dir` with its SHA-256: what "unchanged" means for the account's folder. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (at: string, prefix: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path, `${prefix}${name}/`);
      else files[`${prefix}${name}`] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir, '');
  return files;
}

/** Both folders keeping their secrets as files (safeStorage needs Electron). */
const bringWithFiles = (own: string, shared: string) =>
  bringRecords({ from: own, to: shared, fromSecrets: fileSecretStore(own), toSecrets: fileSecretStore(shared) });

describe("bringing an account's records into the shared folder", () => {
  const tempDir = useTempDirs();

  /** An account's folder as a used desk leaves it: the store, a backup, settings, a secret, a log. */
  async function usedDesk(): Promise<string> {
    const own = tempDir();
    const store = await openStore({ dataDir: own });
    insertAccount(store.connection.sqlite, '2026-11-28T02:00:00.000Z');
    await store.close();
    mkdirSync(join(own, 'backups'));
    writeFileSync(join(own, 'backups', 'siaga-20261128T020000Z.sqlite'), 'a backup');
    writeFileSync(join(own, 'backup-settings.json'), '{"folder":"D:\\\\Cadangan"}');
    await fileSecretStore(own).write('smtpPassword', 'Sandi-Relai-2026');
    mkdirSync(join(own, 'logs'));
    writeFileSync(join(own, 'logs', 'siaga.log'), 'this account only');
    return own;
  }

  it('copies the store and the folder, re-keeps the secrets for the shared folder, and leaves the original as it was', async () => {
    const own = await usedDesk();
    const shared = tempDir();
    const before = snapshot(own);

    await bringWithFiles(own, shared);

    expect(snapshot(own)).toEqual(before);
    expect(folderHasStore(shared)).toBe(true);
    const copy = await openStore({ dataDir: shared });
    try {
      expect(copy.connection.sqlite.prepare("select username from account where id = 'a1'").get()).toEqual({
        username: 'penyusun',
      });
    } finally {
      await copy.close();
    }
    expect(readFileSync(join(shared, 'backups', 'siaga-20261128T020000Z.sqlite'), 'utf8')).toBe('a backup');
    expect(readFileSync(join(shared, 'backup-settings.json'), 'utf8')).toContain('Cadangan');
    expect(await fileSecretStore(shared).read('smtpPassword')).toBe('Sandi-Relai-2026');
    // This account's log stays with it; nothing is left of the copy's working folder.
    expect(existsSync(join(shared, 'logs'))).toBe(false);
    expect(existsSync(join(shared, '.incoming'))).toBe(false);
  });

  it('a copy cut short leaves no store in the shared folder, and the next try completes it', async () => {
    const own = await usedDesk();
    const shared = tempDir();
    const failing: SecretStore = {
      read: () => Promise.resolve(null),
      write: () => Promise.reject(new Error('the disk is full')),
    };
    await expect(
      bringRecords({ from: own, to: shared, fromSecrets: fileSecretStore(own), toSecrets: failing }),
    ).rejects.toThrow('the disk is full');
    // The question comes again at the next start: the shared folder still looks empty.
    expect(folderHasStore(shared)).toBe(false);

    await bringWithFiles(own, shared);
    expect(folderHasStore(shared)).toBe(true);
    expect(readdirSync(shared).sort()).toEqual(['backup-settings.json', 'backups', 'secrets', 'siaga.sqlite']);
  });
});
