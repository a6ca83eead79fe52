import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { ownerOnlyFile } from './ownerOnly';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { checkIntegrity, type IntegrityReport } from './integrity';
import { sqliteAddonOptions } from './nativeBinding';

export interface BackupResult {
  file: string;
  bytes: number;
  sha256: string;
  integrity: IntegrityReport;
}

export class BackupVerificationError extends Error {
  constructor(
    readonly file: string,
    readonly report: IntegrityReport,
  ) {
    super(`Backup ${file} failed verification: ${report.integrity.join('; ')}`);
    this.name = 'BackupVerificationError';
  }
}

export async function sha256OfFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Opens a backup file read-only and runs the full integrity checks on it. */
export function verifyDatabaseFile(file: string): IntegrityReport {
  const copy = new BetterSqlite3(file, { ...sqliteAddonOptions(), readonly: true, fileMustExist: true });
  try {
    return checkIntegrity(copy);
  } finally {
    copy.close();
  }
}

/**
 * The copy inherits WAL mode from the live store; switch it to a rollback journal so the backup
 * is one self-contained file (no -wal/-shm beside it) that can be moved, hashed and restored.
 */
export function makeSelfContained(file: string): void {
  const copy = new BetterSqlite3(file, { ...sqliteAddonOptions(), fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

/**
 * Copies a live database with SQLite's online backup API (consistent even while others write),
 * verifies the copy, and only then gives it its final name: a file at `outFile` is always a
 * verified backup, never a half-written one.
 */
export async function backupDatabase(sqlite: BetterSqlite3.Database, outFile: string): Promise<BackupResult> {
  // A folder made here is the owner's only; a folder the administrator chose keeps its own modes.
  await mkdir(dirname(outFile), { recursive: true, mode: 0o700 });
  const partial = `${outFile}.partial`;
  await rm(partial, { force: true });
  try {
    await sqlite.backup(partial);
    return await finishBackupFile(partial, outFile);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

/**
 * Gives a finished copy at `partial` its final name once it is self-contained and verified: a file
 * at `outFile` is always a verified backup. Shared by the file's backup and the server's.
 */
export async function finishBackupFile(partial: string, outFile: string): Promise<BackupResult> {
  // A backup holds everything the store does: its owner's only, like the store.
  ownerOnlyFile(partial);
  makeSelfContained(partial);
  const integrity = verifyDatabaseFile(partial);
  if (!integrity.ok) throw new BackupVerificationError(outFile, integrity);
  await rename(partial, outFile);
  const [info, sha256] = await Promise.all([stat(outFile), sha256OfFile(outFile)]);
  return { file: outFile, bytes: info.size, sha256, integrity };
}
