import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { cachedStatements } from './statementCache';

describe('cachedStatements', () => {
  let sqlite: BetterSqlite3.Database;
  afterEach(() => {
    if (sqlite.open) sqlite.close();
  });

  it('prepares a text once, forgets the least recently used past its capacity', () => {
    sqlite = new BetterSqlite3(':memory:');
    const cache = cachedStatements(sqlite, 2);
    const a = cache.prepare('select 1');
    expect(cache.prepare('select 1')).toBe(a);
    const b = cache.prepare('select 2');
    expect(cache.prepare('select 1')).toBe(a); // now 'select 2' is the least recently used
    cache.prepare('select 3');
    expect(cache.prepare('select 1')).toBe(a);
    expect(cache.prepare('select 2')).not.toBe(b);
  });

  it('gives a fresh statement while the kept one is still being iterated', () => {
    sqlite = new BetterSqlite3(':memory:');
    const cache = cachedStatements(sqlite);
    sqlite.exec('create table t (n integer); insert into t values (1), (2), (3)');
    const text = 'select n from t order by n';
    const outer = cache.prepare(text);
    const seen: number[] = [];
    for (const row of outer.iterate([]) as Iterable<{ n: number }>) {
      // The same query again mid-stream, as a second reader would ask it.
      seen.push(row.n, (cache.prepare(text).all([]) as { n: number }[]).length);
    }
    expect(seen).toEqual([1, 3, 2, 3, 3, 3]);
  });

  it('serves Kysely, whose queries and schema changes still read right', async () => {
    sqlite = new BetterSqlite3(':memory:');
    const db = new Kysely<{ t: { n: number } }>({ dialect: new SqliteDialect({ database: cachedStatements(sqlite) }) });
    await sql`create table t (n integer)`.execute(db);
    await db.insertInto('t').values({ n: 1 }).execute();
    expect(await db.selectFrom('t').selectAll().execute()).toEqual([{ n: 1 }]);
    // A column added after the statement was prepared: SQLite re-prepares it on the schema change.
    await sql`alter table t add column m integer default 7`.execute(db);
    expect(await db.selectFrom('t').selectAll().execute()).toEqual([{ n: 1, m: 7 }]);
    await db.destroy();
  });
});
