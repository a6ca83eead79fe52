import { sql, type Kysely, type Transaction } from 'kysely';
import type { SimilarHoax } from '../../../shared/ipc/hoaxes';
import { claimWords, diceSimilarity, similarityThreshold } from '../../../shared/hoaxes/similarity';
import type { Database } from '../db/schema';
import { dialectOf } from '../db/dialect';
import { matchingRows, rowsWithAnyWord, type SearchTable } from './searchQuery';

/** Claim and topic weigh the same (FTS5's default bm25). */
export const hoaxIndex: SearchTable = {
  table: 'hoax_fts',
  id: 'hoax_id',
  bm25: [1, 1, 1],
  tsRank: '{0.1, 0.2, 0.4, 1.0}',
};

/**
 * The hoax claims' full-text index (FTS5 in the embedded file, a tsvector on the office server), for the register's search box and for "similar
 * claims". The only module that reads `hoax_fts`.
 */

export async function indexHoax(trx: Transaction<Database>, hoaxId: string, claim: string, topic: string) {
  await trx.deleteFrom('hoax_fts').where('hoax_id', '=', hoaxId).execute();
  await trx.insertInto('hoax_fts').values({ hoax_id: hoaxId, claim, topic }).execute();
}

/** Claims matching what a person typed (every word, as a prefix), as ids for the list's filter. */
export function hoaxMatches(db: Kysely<Database>, input: string) {
  const rows = matchingRows(dialectOf(db), hoaxIndex, input, { id: 'hoax_id', rank: 'fts_rank' });
  return rows && sql<string>`(select hoax_id from ${rows} as matches)`;
}

const candidateLimit = 40;

/**
 * Existing claims like `text`: the index proposes those sharing any significant word (best bm25
 * first), then each is scored by the words they share and kept above the threshold. Records
 * merged into another are left out (the one they were merged into stands for them).
 */
export async function similarHoaxes(
  db: Kysely<Database>,
  text: string,
  excludeId: string | null,
  limit = 5,
): Promise<SimilarHoax[]> {
  const words = claimWords(text);
  if (words.size === 0) return [];
  const candidates = rowsWithAnyWord(dialectOf(db), hoaxIndex, [...words].slice(0, 40), candidateLimit);
  const rows = await db
    .selectFrom(candidates.as('fts'))
    .innerJoin('hoax', 'hoax.id', 'fts.id')
    .select(['hoax.id', 'hoax.claim', 'hoax.status', 'hoax.verdict', 'hoax.first_seen_at'])
    .where('hoax.merged_into_id', 'is', null)
    .$if(excludeId !== null, (query) => query.where('hoax.id', '!=', excludeId!))
    .execute();
  return rows
    .map((row) => ({
      id: row.id,
      claim: row.claim,
      status: row.status,
      verdict: row.verdict,
      firstSeenAt: row.first_seen_at,
      score: Math.round(diceSimilarity(words, claimWords(row.claim)) * 100) / 100,
    }))
    .filter((row) => row.score >= similarityThreshold)
    .sort((a, b) => b.score - a.score || b.firstSeenAt.localeCompare(a.firstSeenAt))
    .slice(0, limit);
}
