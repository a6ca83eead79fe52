/**
 * How alike two claims are, for "similar claims" while registering: the share of distinct
 * significant words they have in common (Dice coefficient). The store's full-text index finds the
 * candidates; this ranks them and drops the ones that only share a word or two.
 */

// Function words that say nothing about what a claim is about (Indonesian first, then English).
const stopWords = new Set([
  'yang', 'dan', 'di', 'ke', 'dari', 'ini', 'itu', 'untuk', 'dengan', 'pada', 'akan', 'ada', 'tidak',
  'juga', 'sudah', 'telah', 'oleh', 'dalam', 'atau', 'karena', 'bahwa', 'sebagai', 'para', 'agar', 'bisa',
  'dapat', 'kita', 'kami', 'mereka', 'saat', 'jadi', 'lebih', 'saja', 'masih', 'sangat', 'hanya', 'nya',
  'pun', 'lah', 'kah', 'akan', 'bagi', 'hal', 'tersebut', 'beredar', 'the', 'and', 'for', 'with', 'that',
  'this', 'are', 'was', 'has', 'have', 'from', 'not',
]); // prettier-ignore

/**
 * The similarity below which a claim is not worth showing as "similar": crisis rumours share
 * words like "warga" and "mengungsi" (two unrelated disaster claims score about 0.3).
 */
export const similarityThreshold = 0.35;

/** Distinct significant words: lower case, accents folded, three letters or more, no function words. */
export function claimWords(text: string): Set<string> {
  const folded = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  const words = folded.match(/[\p{L}\p{N}]+/gu) ?? [];
  return new Set(words.filter((word) => word.length >= 3 && !stopWords.has(word)));
}

export function diceSimilarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return (2 * shared) / (a.size + b.size);
}
