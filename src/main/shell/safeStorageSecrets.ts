import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { safeStorage } from 'electron';
import { fileSecretStore, type SecretStore } from '../core/security/secretStore';

/**
 * Secrets encrypted by the OS (Keychain on macOS, DPAPI on Windows, libsecret/kwallet on Linux)
 * through Electron's safeStorage, stored as `<dataDir>/secrets/<name>.enc` (0600). Where the OS
 * offers no encryption (a Linux desktop without a keyring) it falls back to the user-only file the
 * browser mode uses, rather than refusing to send mail in a crisis.
 */
export function safeStorageSecrets(dataDir: string): SecretStore {
  if (!safeStorage.isEncryptionAvailable()) return fileSecretStore(dataDir);
  const dir = join(dataDir, 'secrets');
  return {
    async read(name) {
      try {
        return safeStorage.decryptString(await readFile(join(dir, `${name}.enc`)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    async write(name, value) {
      const file = join(dir, `${name}.enc`);
      if (value === null) {
        await rm(file, { force: true });
        return;
      }
      await mkdir(dir, { recursive: true, mode: 0o700 });
      await writeFile(`${file}.tmp`, safeStorage.encryptString(value), { mode: 0o600 });
      await rename(`${file}.tmp`, file);
    },
  };
}
