import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../dialect';

/**
 * What a migration says differently on the office server (PostgreSQL) than in the embedded file
 * (SQLite). A migration landed before the server existed keeps its SQLite steps exactly as they
 * were and asks here for the server's; new migrations use these for both.
 */

export const onServer = (db: Kysely<unknown>): boolean => dialectOf(db) === 'postgres';

/** Bytes (an attachment, a logo): SQLite's blob, PostgreSQL's bytea. */
export const bytesType = (db: Kysely<unknown>) => (onServer(db) ? 'bytea' : 'blob');

/** A measured number (a crisis figure): SQLite's 8-byte real; PostgreSQL's `real` is 4 bytes. */
export const numberType = (db: Kysely<unknown>) => (onServer(db) ? 'double precision' : 'real');

/**
 * The server's guard for a row rule that SQLite states as a `raise(abort, …)` trigger: a PL/pgSQL
 * function `<name>()` raising `message` when `condition` holds, run before `event` on `table`
 * for each row (`condition` is SQL over `new` and `old`, as in SQLite's WHEN clause).
 */
export async function serverGuard(
  db: Kysely<unknown>,
  guard: { name: string; table: string; event: 'insert' | 'update' | 'delete'; condition: string; message: string },
): Promise<void> {
  const { name, table, event, condition, message } = guard;
  const passes = event === 'delete' ? 'old' : 'new';
  await sql
    .raw(
      `create function ${name}() returns trigger language plpgsql as $$
       begin
         if ${condition} then raise exception '${message.replace(/'/g, "''")}'; end if;
         return ${passes};
       end $$`,
    )
    .execute(db);
  await sql
    .raw(`create trigger ${name} before ${event} on ${table} for each row execute function ${name}()`)
    .execute(db);
}

/** Refuses every change and removal of a table's rows on the server (SQLite: two triggers). */
export async function serverAppendOnly(db: Kysely<unknown>, table: string): Promise<void> {
  const message = `${table} is append-only`;
  await serverGuard(db, { name: `${table}_no_update`, table, event: 'update', condition: 'true', message });
  await serverGuard(db, { name: `${table}_no_delete`, table, event: 'delete', condition: 'true', message });
}

/**
 * The words of a text as the server's search indexes them, the way SQLite's FTS5 tokenizer
 * (`unicode61 remove_diacritics 2`) splits them: accents removed, and every run of characters
 * that are not letters or digits a break ("ani@detik.com" is ani, detik, com; "0812-3456" is
 * 0812, 3456). Immutable, so a stored generated column may use it.
 */
export async function serverSearchWords(db: Kysely<unknown>): Promise<void> {
  await sql`create extension if not exists unaccent`.execute(db);
  await sql
    .raw(
      `create function siaga_search_words(value text) returns text
       language sql immutable parallel safe strict
       as $$ select lower(regexp_replace(unaccent('unaccent'::regdictionary, value), '[^[:alnum:]]+', ' ', 'g')) $$`,
    )
    .execute(db);
}

/** A search column and its weight class (A the heaviest, D the lightest: see core/search). */
export type SearchWeight = 'A' | 'B' | 'C' | 'D';

/**
 * The server's twin of an FTS5 table: the same columns, written and deleted the same way by
 * core/search, plus a stored `document` (tsvector, `simple` configuration, weighted per column)
 * under a GIN index, and an index on the row's id for rewrites.
 */
export async function serverSearchTable(
  db: Kysely<unknown>,
  table: string,
  idColumn: string,
  columns: Record<string, SearchWeight>,
): Promise<void> {
  const document = Object.entries(columns)
    .map(
      ([column, weight]) =>
        `setweight(to_tsvector('simple', coalesce(siaga_search_words(${column}), '')), '${weight}')`,
    )
    .join(' || ');
  const definitions = [`${idColumn} text`, ...Object.keys(columns).map((column) => `${column} text`)];
  await sql
    .raw(
      `create table ${table} (${definitions.join(', ')},
        document tsvector generated always as (${document}) stored)`,
    )
    .execute(db);
  await sql.raw(`create index ${table}_document on ${table} using gin (document)`).execute(db);
  await sql.raw(`create index ${table}_${idColumn} on ${table} (${idColumn})`).execute(db);
}
