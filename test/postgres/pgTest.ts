import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterEach, inject } from 'vitest';

/** Runs `statements` on the test server's maintenance database as its admin role. */
async function asAdmin(statements: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: inject('postgresAdminUrl') });
  await client.connect();
  try {
    for (const statement of statements) await client.query(statement);
  } finally {
    await client.end();
  }
}

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
    if (names.length > 0) await asAdmin(names.map((name) => `drop database if exists ${name} with (force)`));
  });
  return async () => {
    const name = `siaga_test_${randomBytes(6).toString('hex')}`;
    await asAdmin([`create database ${name}`]);
    made.push(name);
    const url = new URL(inject('postgresAdminUrl'));
    url.pathname = `/${name}`;
    return url.toString();
  };
}

/**
 * Under the `core-on-postgres` project (SIAGA_TEST_STORE=postgres) every test core opens on a
 * fresh database of the run's server instead of the embedded file: the same domain tests prove
 * the same behaviour on both engines. The databases go with the server at the end of the run.
 */
export async function testDatabaseUrl(): Promise<string | undefined> {
  if (process.env.SIAGA_TEST_STORE !== 'postgres') return undefined;
  const name = `siaga_core_${randomBytes(6).toString('hex')}`;
  await asAdmin([`create database ${name}`]);
  const url = new URL(inject('postgresAdminUrl'));
  url.pathname = `/${name}`;
  return url.toString();
}
