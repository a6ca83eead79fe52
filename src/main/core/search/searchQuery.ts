import { sql, type RawBuilder } from 'kysely';
import type { DialectName } from '../db/dialect';

/**
 * What a person typed, as each engine's query. The embedded file searches with SQLite FTS5; the
 * office server with PostgreSQL's tsvector (db/migrations/portable.ts builds its index). Both
 * take every word as a prefix and every word as required, and split words the same way (accents
 * off, anything not a letter or digit a break), so the same words find the same records.
 */

/**
 * The words typed: control characters dropped first (a NUL ends a query string inside SQLite,
 * the fuzz test found it), query syntax taken literally, empty words gone; null without words.
 */
export function typedWords(input: string): string[] | null {
  const words = input
    .replace(/\p{Cc}/gu, ' ')
    .split(/\s+/u)
    .map((word) => word.replace(/["*^():{}]/g, ''))
    .filter((word) => word.length > 0);
  return words.length === 0 ? null : words;
}

/** An FTS5 query: every word required, each as a prefix, quotes doubled so no input is a syntax error. */
export function ftsQuery(input: string): string | null {
  const words = typedWords(input);
  return words && words.map((word) => `"${word.replace(/"/g, '""')}"*`).join(' ');
}

/**
 * A tsquery over the server's search words: each typed word becomes its own words joined as a
 * phrase (`<->`, as FTS5 reads "detik.com"), the last a prefix when `prefix`; words are joined by
 * `joiner`. Built from `siaga_search_words`, whose output is letters, digits and spaces only, so
 * nothing typed is read as tsquery syntax.
 */
function serverQuery(words: readonly string[], joiner: '&' | '|', prefix: boolean): RawBuilder<unknown> {
  const parts = words.map(
    (word) =>
      sql`nullif(regexp_replace(trim(siaga_search_words(${word})), ' +', ' <-> ', 'g'), '')${sql.raw(prefix ? " || ':*'" : '')}`,
  );
  return sql`to_tsquery('simple', concat_ws(${` ${joiner} `}, ${sql.join(parts)}))`;
}

export interface SearchTable {
  table: 'statement_fts' | 'contact_fts' | 'hoax_fts';
  id: 'statement_id' | 'contact_id' | 'hoax_id';
  /** FTS5's bm25 column weights, the id column first (0). */
  bm25: readonly number[];
  /** The same weights as ts_rank's {D, C, B, A} (the server's weight classes, portable.ts). */
  tsRank: string;
}

/**
 * The rows of `index` matching every typed word, as a subquery of two columns named by `names`
 * (the row's id, and its rank: lower is better on both engines) to join or select from, or null
 * without words.
 */
export function matchingRows<I extends string, R extends string>(
  dialect: DialectName,
  index: SearchTable,
  input: string,
  names: { id: I; rank: R },
) {
  const words = typedWords(input);
  if (words === null) return null;
  const { table, id } = index;
  const as = { id: sql.id(names.id), rank: sql.id(names.rank) };
  type Row = { [K in I]: string } & { [K in R]: number };
  if (dialect === 'postgres') {
    return sql<Row>`(select ${sql.ref(id)} as ${as.id},
        -ts_rank(${index.tsRank}::float4[], document, query, 1) as ${as.rank}
        from ${sql.table(table)}, ${serverQuery(words, '&', true)} as query where document @@ query)`;
  }
  const weights = sql.join(index.bm25.map((weight) => sql.lit(weight)));
  return sql<Row>`(select ${sql.ref(id)} as ${as.id}, bm25(${sql.table(table)}, ${weights}) as ${as.rank}
      from ${sql.table(table)} where ${sql.table(table)} match ${ftsQuery(input)})`;
}

/** The rows of `index` holding any of `words` (whole words, not prefixes), best first, at most `limit`. */
export function rowsWithAnyWord(dialect: DialectName, index: SearchTable, words: readonly string[], limit: number) {
  const { table, id } = index;
  if (dialect === 'postgres') {
    return sql<{ id: string }>`(select ${sql.ref(id)} as id from ${sql.table(table)},
        ${serverQuery(words, '|', false)} as query where document @@ query
        order by ts_rank(${index.tsRank}::float4[], document, query, 1) desc limit ${limit})`;
  }
  const match = words.map((word) => `"${word.replace(/"/g, '""')}"`).join(' OR ');
  return sql<{ id: string }>`(select ${sql.ref(id)} as id from ${sql.table(table)}
      where ${sql.table(table)} match ${match} order by bm25(${sql.table(table)}) limit ${limit})`;
}
