import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** Runs `statements` on a test server's maintenance database as its admin role (`adminUrl`). */
export async function asAdmin(adminUrl: string, statements: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    for (const statement of statements) await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Makes a fresh, empty database named `<prefix>_<random>` on the server; returns its name and URL. */
export async function createTestDatabase(adminUrl: string, prefix: string): Promise<{ name: string; url: string }> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await asAdmin(adminUrl, [`create database ${name}`]);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { name, url: url.toString() };
}

/**
 * Under the `core-on-postgres` project (SIAGA_TEST_STORE=postgres) every test core opens on a
 * fresh database of the run's server instead of the embedded file: the same domain tests prove
 * the same behaviour on both engines. The databases go with the server at the end of the run.
 * (Vitest is imported only then: the benchmarks share the core harness and run outside vitest.)
 */
export async function testDatabaseUrl(): Promise<string | undefined> {
  if (process.env.SIAGA_TEST_STORE !== 'postgres') return undefined;
  const { inject } = await import('vitest');
  return (await createTestDatabase(inject('postgresAdminUrl'), 'siaga_core')).url;
}
