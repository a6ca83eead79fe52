import type { TestProject } from 'vitest/node';
import { startThrowawayPostgres } from './throwawayServer';

/**
 * One PostgreSQL server for the whole vitest run (test/postgres/throwawayServer.ts). Each test
 * makes its own database on it (`test/postgres/pgTest.ts`).
 */
export default async function startPostgres(project: TestProject): Promise<() => Promise<void>> {
  const server = await startThrowawayPostgres();
  project.provide('postgresAdminUrl', server.adminUrl);
  return () => server.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    postgresAdminUrl: string;
  }
}
