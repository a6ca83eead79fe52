import { startThrowawayPostgres } from '../test/postgres/throwawayServer';

/**
 * The PostgreSQL run of the e2e suite (`SIAGA_E2E_STORE=postgres`): one throwaway server for the
 * run, each desk on a fresh database of it (e2e/siagaServer.ts). The embedded run starts nothing.
 */
export default async function globalSetup(): Promise<(() => Promise<void>) | undefined> {
  if (process.env.SIAGA_E2E_STORE !== 'postgres') return undefined;
  const server = await startThrowawayPostgres();
  // Set before the workers start, so every worker inherits it.
  process.env.SIAGA_E2E_PG_ADMIN_URL = server.adminUrl;
  return () => server.stop();
}
