import { sql, type Kysely, type Transaction } from 'kysely';
import type { SimilarHoax } from '../../../shared/ipc/hoaxes';
import { claimWords, diceSimilarity, similarityThreshold } from '../../../shared/hoaxes/similarity';
import type { Database } from '../db/schema';
import { ftsQuery } from './statementSearch';

/**
 * The hoax claims' full-text index (SQLite FTS5), for the register's search box and for "similar
 * claims". The only module that reads `hoax_fts`.
 */

export async function indexHoax(trx: Transaction<Database>, hoaxId: string, claim: string, topic: string) {
  await trx.deleteFrom('hoax_fts').where('hoax_id', '=', hoaxId).execute();
  await trx.insertInto('hoax_fts').values({ hoax_id: hoaxId, claim, topic }).execute();
}

/** Claims matching what a person typed (every word, as a prefix), as ids for the list's filter. */
export function hoaxMatches(input: string) {
  const match = ftsQuery(input);
  if (match === null) return null;
  return sql<string>`(select hoax_id from hoax_fts where hoax_fts match ${match})`;
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
  const match = [...words]
    .slice(0, 40)
    .map((word) => `"${word}"`)
    .join(' OR ');
  const rows = await db
    .selectFrom(
      sql<{ hoax_id: string }>`(select hoax_id from hoax_fts where hoax_fts match ${match}
        order by bm25(hoax_fts) limit ${candidateLimit})`.as('fts'),
    )
    .innerJoin('hoax', 'hoax.id', 'fts.hoax_id')
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
