import { sql, type Kysely, type RawBuilder } from 'kysely';
import { dialectOf } from './dialect';

/**
 * The few SQL functions the two engines spell differently, for the queries that need them. The
 * rest of the core's SQL is Kysely's builder, which both engines read the same way.
 */

/** The values of a text column across a group, joined by `separator` (in no particular order). */
export function joinedText(
  db: Pick<Kysely<unknown>, 'getExecutor'>,
  column: string,
  separator: string,
): RawBuilder<string | null> {
  return dialectOf(db) === 'postgres'
    ? sql<string | null>`string_agg(${sql.ref(column)}, ${separator})`
    : sql<string | null>`group_concat(${sql.ref(column)}, ${separator})`;
}

/** A number at `path` (`$.a.b`) inside a JSON text column. */
export function jsonNumber(
  db: Pick<Kysely<unknown>, 'getExecutor'>,
  column: string,
  path: string,
): RawBuilder<number | null> {
  if (dialectOf(db) === 'postgres') {
    const keys = path.replace(/^\$\./, '').split('.');
    return sql<number | null>`(${sql.ref(column)}::jsonb #>> ${`{${keys.join(',')}}`})::numeric`;
  }
  return sql<number | null>`json_extract(${sql.ref(column)}, ${path})`;
}

/**
 * `column` is one of a list given as one parameter (see `listParameter`), so a query over "these
 * ids" has the same SQL text for any number of them and can be built once (reusableQuery.ts).
 */
export function inListParameter(
  db: Pick<Kysely<unknown>, 'getExecutor'>,
  column: string,
  parameter: unknown,
): RawBuilder<boolean> {
  return dialectOf(db) === 'postgres'
    ? sql<boolean>`${sql.ref(column)} = any(cast(${parameter} as text[]))`
    : sql<boolean>`${sql.ref(column)} in (select value from json_each(${parameter}))`;
}

/** The parameter `inListParameter` reads: a text array on the office server, JSON in the file. */
export function listParameter(db: Pick<Kysely<unknown>, 'getExecutor'>, values: string[]): unknown {
  return dialectOf(db) === 'postgres' ? values : JSON.stringify(values);
}

/** A text at `path` (`$.a.b`) inside a JSON text column (null where the path is missing). */
export function jsonText(
  db: Pick<Kysely<unknown>, 'getExecutor'>,
  column: string,
  path: string,
): RawBuilder<string | null> {
  if (dialectOf(db) === 'postgres') {
    const keys = path.replace(/^\$\./, '').split('.');
    return sql<string | null>`(${sql.ref(column)}::jsonb #>> ${`{${keys.join(',')}}`})`;
  }
  return sql<string | null>`json_extract(${sql.ref(column)}, ${path})`;
}

/**
 * Holds one row for the rest of the write, on the office server: a second desk changing the same
 * record waits for this write to commit and then reads what it left, as SQLite's single writer
 * gives for free (nothing to do in the embedded file). Call it before reading the row to check
 * its state.
 */
export async function lockForChange(
  trx: Pick<Kysely<unknown>, 'getExecutor'>,
  table: string,
  id: string,
): Promise<void> {
  if (dialectOf(trx) !== 'postgres') return;
  await sql`select 1 from ${sql.table(table)} where id = ${id} for update`.execute(trx as Kysely<unknown>);
}
