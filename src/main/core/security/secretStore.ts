import { chmod, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Where the core keeps secrets it must use but never store in the database (the SMTP password).
 * In the desktop app the shell answers with Electron's safeStorage (the OS keychain / DPAPI /
 * libsecret); in browser mode, the CLI and tests a file only the user can read.
 */
export interface SecretStore {
  read(name: SecretName): Promise<string | null>;
  /** null forgets the secret. */
  write(name: SecretName, value: string | null): Promise<void>;
}

export const secretNames = ['smtpPassword', 'officeServerPassword', 'auditAnchorKey'] as const;
export type SecretName = (typeof secretNames)[number];

export function isSecretName(value: unknown): value is SecretName {
  return typeof value === 'string' && (secretNames as readonly string[]).includes(value);
}

/**
 * One file per secret under `<dataDir>/secrets/` (folder 0700, files 0600), written to a temporary
 * name and renamed so a crash never leaves half a password. On Windows the modes are advisory: the
 * data folder lives in the user's profile, which other users cannot read, or is the per-machine
 * installation's shared folder, which only the "Siaga" group can.
 */
export function fileSecretStore(dataDir: string): SecretStore {
  const dir = join(dataDir, 'secrets');
  return {
    async read(name) {
      try {
        return await readFile(join(dir, name), 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    async write(name, value) {
      const file = join(dir, name);
      if (value === null) {
        await rm(file, { force: true });
        return;
      }
      await mkdir(dir, { recursive: true, mode: 0o700 });
      await chmod(dir, 0o700);
      const temporary = `${file}.${process.pid}.tmp`;
      await writeFile(temporary, value, { encoding: 'utf8', mode: 0o600 });
      await rename(temporary, file);
    },
  };
}
