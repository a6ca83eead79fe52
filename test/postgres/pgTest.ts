import { afterEach, inject } from 'vitest';
import { asAdmin, createTestDatabase } from './adminClient';

/**
 * A fresh, empty database per call on the run's PostgreSQL server (test/postgres/globalSetup.ts),
 * dropped after the test; returns its URL. Real server, real SQL — the store under test is the one
 * an office would run.
 */
export function usePostgresDatabases(): () => Promise<string> {
  const made: string[] = [];
  afterEach(async () => {
    const names = made.splice(0);
    // WITH (FORCE) ends connections a failed test left open.
    if (names.length > 0)
      await asAdmin(
        inject('postgresAdminUrl'),
        names.map((name) => `drop database if exists ${name} with (force)`),
      );
  });
  return async () => {
    const { name, url } = await createTestDatabase(inject('postgresAdminUrl'), 'siaga_test');
    made.push(name);
    return url;
  };
}
