import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import type BetterSqlite3 from 'better-sqlite3';
import { sqliteAddonOptions } from './nativeBinding';

/**
 * The store failed SQLite's quick check on open (or SQLite refused the file as corrupt or not a
 * database). The core then starts in recovery mode instead of writing into a damaged file.
 */
export class StoreDamagedError extends Error {
  readonly reason = 'storeDamaged';
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`The data store ${file} is damaged: ${problems.slice(0, 3).join('; ')}`);
    this.name = 'StoreDamagedError';
  }
}

/** SQLite's own words for a damaged file (better-sqlite3 puts them in `code`): CORRUPT and its
 * extended codes, or NOTADB for a file whose header is not SQLite's. */
export function isDamageError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT'));
}

/**
 * `PRAGMA quick_check`: SQLite's structural check without the index-content comparison, fast
 * enough for every open (see `npm run bench`, storeOpen). Throws StoreDamagedError on a problem.
 */
export function quickCheck(sqlite: BetterSqlite3.Database, file: string): void {
  let lines: string[];
  try {
    lines = (sqlite.pragma('quick_check') as { quick_check: string }[]).map((row) => row.quick_check);
  } catch (error) {
    if (isDamageError(error)) throw new StoreDamagedError(file, [String((error as Error).message)]);
    throw error;
  }
  if (lines.length !== 1 || lines[0] !== 'ok') throw new StoreDamagedError(file, lines.slice(0, 20));
}

/**
 * Checks an existing store before anything opens it for writing: the check runs on a read-only
 * connection, so a damaged file is not touched (no WAL checkpoint, no pragma written into it).
 * Returns false when the file could not be opened read only for another reason (a WAL left
 * without its shared-memory file, which only a writer can rebuild): the caller then runs the
 * check on its own connection.
 */
export function checkStoreFile(file: string): boolean {
  if (!existsSync(file)) return true;
  let sqlite: BetterSqlite3.Database;
  try {
    sqlite = new Database(file, { ...sqliteAddonOptions(), readonly: true, fileMustExist: true });
  } catch (error) {
    if (isDamageError(error)) throw new StoreDamagedError(file, [(error as Error).message]);
    return false;
  }
  try {
    quickCheck(sqlite, file);
  } finally {
    sqlite.close();
  }
  return true;
}
