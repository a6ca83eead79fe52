import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';

/**
 * The desk's data are the office's records and people's personal data: its folder, the store (and
 * the WAL and shared-memory files SQLite creates beside it with the store's own mode), backups and
 * their manifests are readable by their owner only. The process umask would otherwise make them
 * 0644 in 0755 folders, readable by every account on the computer. On Windows POSIX modes mean
 * little: the data folder is the user's profile, whose ACL keeps other users out, or the per-machine
 * installation's shared folder, whose ACL (build/installer.nsh) lets in the "Siaga" group only.
 */
const posix = process.platform !== 'win32';

/** A folder of the desk's own (created if missing), 0700. */
export function ownerOnlyFolder(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (posix) chmodSync(dir, 0o700);
}

/** A file the desk keeps (created empty if missing, so SQLite opens it with this mode), 0600. */
export function ownerOnlyFile(file: string): void {
  if (!existsSync(file)) closeSync(openSync(file, 'a', 0o600));
  if (posix) chmodSync(file, 0o600);
}
