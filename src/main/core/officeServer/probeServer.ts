import { sql } from 'kysely';
import type { ServerProbe } from '../../../shared/ipc/store';
import { describeServer } from '../db/store';
import { migrations } from '../db/migrations';
import { readAppliedMigrations } from '../db/migrator';
import { openServerConnection } from '../db/serverConnection';
import { CoreError } from '../kernel/errors';
import { serverFailure } from './serverFailure';

/** How long a test of the connection waits for the server before it says it cannot reach it. */
export const probeTimeoutMs = 8_000;

/**
 * Tests a connection the way the desk will use it (TLS as chosen, the same user) and reports what
 * the database holds, without changing anything: an empty database, Siaga without an office yet,
 * or an office. A database from a newer Siaga is refused in plain words.
 */
export async function probeServer(url: string): Promise<ServerProbe> {
  const server = describeServer(url);
  let connection;
  try {
    connection = openServerConnection(url, { connectTimeoutMs: probeTimeoutMs, maxConnections: 1 });
  } catch (error) {
    throw serverFailure(error, server);
  }
  try {
    const { db } = connection;
    const version = await sql<{ server_version: string }>`show server_version`.execute(db);
    const serverVersion = version.rows[0]?.server_version.split(' ')[0] ?? '';
    const applied = await readAppliedMigrations(db);
    if (applied.length === 0) return { server, serverVersion, state: 'empty', agencyName: null };
    const known = new Set(migrations.map((migration) => migration.name));
    if (applied.some((name) => !known.has(name))) {
      throw new CoreError('CONFLICT', `${server} holds data of a newer Siaga`, { reason: 'serverNewer', server });
    }
    const office = await db.selectFrom('office').select('agency_name').executeTakeFirst();
    return office
      ? { server, serverVersion, state: 'office', agencyName: office.agency_name }
      : { server, serverVersion, state: 'unconfigured', agencyName: null };
  } catch (error) {
    throw serverFailure(error, server);
  } finally {
    await connection.close();
  }
}
