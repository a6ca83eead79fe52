import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { MoveResult } from '../../../shared/ipc/store';
import { migrateDatabase } from '../db/migrator';
import type { Database } from '../db/schema';
import { openServerConnection } from '../db/serverConnection';
import { describeServer } from '../db/store';
import { copyFileToServer, StoreCopyError, type StoreProof } from '../db/storeCopy';
import { CoreError } from '../kernel/errors';
import { serverFailure } from './serverFailure';

/** A Siaga file open for the copy: its Kysely handle and its own SQLite handle (same connection). */
export interface OpenFile {
  sqlite: BetterSqlite3.Database;
  db: Kysely<Database>;
}

/**
 * Copies an embedded office (a desk's store, or a backup of the server) into an office server
 * database that holds no office, and proves the copy before it commits: the same rows in every
 * table, the same audit chain head (and the chain verifies), the same attachments by SHA-256.
 * The server is migrated first (one desk at a time), so both sides are at one schema version.
 */
export async function copyOfficeToServer(file: OpenFile, url: string): Promise<MoveResult> {
  const server = describeServer(url);
  const connection = openServerConnection(url);
  try {
    await migrateDatabase(connection.db);
    const proof = await copyFileToServer(file, connection.db);
    return moveResult(server, proof);
  } catch (error) {
    if (error instanceof StoreCopyError) {
      throw new CoreError('CONFLICT', error.message, { reason: error.reason, server });
    }
    throw serverFailure(error, server);
  } finally {
    await connection.close();
  }
}

export function moveResult(server: string, proof: StoreProof): MoveResult {
  return {
    server,
    rows: Object.values(proof.rowCounts).reduce((sum, count) => sum + count, 0),
    tables: Object.keys(proof.rowCounts).length,
    auditHead: proof.auditHead,
    attachments: proof.rowCounts.attachment_blob ?? 0,
  };
}
