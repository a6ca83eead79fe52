import type { Kysely, Transaction } from 'kysely';
import type { StatementContent } from '../../../shared/ipc/statements';
import { docToPlainText } from '../../../shared/statements/plainText';
import { dialectOf } from '../db/dialect';
import type { Database } from '../db/schema';
import { matchingRows, type SearchTable } from './searchQuery';

export { ftsQuery } from './searchQuery';

/**
 * The statement full-text index: FTS5 in the embedded file, a tsvector on the office server
 * (searchQuery.ts). The only module that reads `statement_fts`.
 */

/** Title and number weigh most, then the summary, the tags, the body. */
const statementIndex: SearchTable = {
  table: 'statement_fts',
  id: 'statement_id',
  bm25: [0, 10, 10, 4, 1, 3],
  tsRank: '{0.1, 0.3, 0.4, 1.0}',
};

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
 * `statement.id` (rank: lower is better; title and number weigh most), or null when the input
 * holds no words. A join, not `id in (...)`: the list query filters, sorts and pages in one pass.
 */
export function statementMatches(db: Kysely<Database>, input: string) {
  return matchingRows(dialectOf(db), statementIndex, input, { id: 'fts_id', rank: 'fts_rank' })?.as('fts') ?? null;
}
