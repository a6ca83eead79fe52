import { sql, type Transaction } from 'kysely';
import type { StatementContent } from '../../../shared/ipc/statements';
import { docToPlainText } from '../../../shared/statements/plainText';
import type { Database } from '../db/schema';

/**
 * The statement full-text index (SQLite FTS5). The only module that knows FTS exists: a
 * PostgreSQL store would answer the same two functions with its own index.
 */

/**
 * Turns what a person types into an FTS5 query: every word must appear, each as a prefix, and
 * FTS syntax in the input is taken literally (quotes doubled), so no input is a query error.
 * Control characters are dropped first: a NUL ends the query string inside SQLite, leaving an
 * unterminated phrase (the fuzz test found it as an INTERNAL answer).
 */
export function ftsQuery(input: string): string | null {
  const words = input
    .replace(/\p{Cc}/gu, ' ')
    .split(/\s+/u)
    .map((word) => word.replace(/["*^():{}]/g, ''))
    .filter((word) => word.length > 0);
  if (words.length === 0) return null;
  return words.map((word) => `"${word.replace(/"/g, '""')}"*`).join(' ');
}

export async function indexStatement(
  trx: Transaction<Database>,
  statementId: string,
  number: string | null,
  content: StatementContent,
): Promise<void> {
  await trx.deleteFrom('statement_fts').where('statement_id', '=', statementId).execute();
  await trx
    .insertInto('statement_fts')
    .values({
      statement_id: statementId,
      number: number ?? '',
      title: content.title,
      summary: content.summary,
      body: docToPlainText(content.body),
      tags: content.tags.join(' '),
    })
    .execute();
}

/**
 * The statements matching `input` as a derived table `fts(fts_id, fts_rank)` to join on
 * `statement.id` (rank: bm25, lower is better; title and number weigh most), or null when the input
 * holds no words. A join, not `id in (...)`: the list query filters, sorts and pages in one pass.
 */
export function statementMatches(input: string) {
  const match = ftsQuery(input);
  if (match === null) return null;
  return sql<{ fts_id: string; fts_rank: number }>`(select statement_id as fts_id,
      bm25(statement_fts, 0, 10, 10, 4, 1, 3) as fts_rank
      from statement_fts where statement_fts match ${match})`.as('fts');
}
