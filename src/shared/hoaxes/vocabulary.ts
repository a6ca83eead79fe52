/** The hoax register's words (GLOSSARY: hoax, verdict). */

/**
 * reported -> verifying -> verdict -> clarified -> closed. "clarified" is reached only by releasing
 * the clarification statement; "closed" from any status (a duplicate, a claim that died out, a
 * case done) and reopened back to where its record says it was.
 */
export const hoaxStatuses = ['reported', 'verifying', 'verdict', 'clarified', 'closed'] as const;
export type HoaxStatus = (typeof hoaxStatuses)[number];

/** The verdicts Indonesian government offices use (Kominfo's categories). */
export const hoaxVerdicts = [
  'hoax',
  'disinformation',
  'misinformation',
  'malinformation',
  'true',
  'unverifiable',
] as const;
export type HoaxVerdict = (typeof hoaxVerdicts)[number];

/** Where a claim was seen. */
export const hoaxPlatforms = [
  'whatsapp',
  'facebook',
  'x',
  'tiktok',
  'instagram',
  'youtube',
  'online_media',
  'other',
] as const;
export type HoaxPlatform = (typeof hoaxPlatforms)[number];

/** Evidence the verifier gathered, or an official source the clarification cites (URL and time). */
export const evidenceKinds = ['evidence', 'official_source'] as const;
export type EvidenceKind = (typeof evidenceKinds)[number];

/** Statuses still on the desk (the board's open columns). */
export const openHoaxStatuses: readonly HoaxStatus[] = ['reported', 'verifying', 'verdict'];

/** The status a reopened record returns to, read from what its record holds. */
export function reopenedStatus(record: {
  clarifiedAt: string | null;
  verdict: string | null;
  verifierId: string | null;
}): HoaxStatus {
  if (record.clarifiedAt) return 'clarified';
  if (record.verdict) return 'verdict';
  if (record.verifierId) return 'verifying';
  return 'reported';
}

/** Minutes from first sighting to the clarification's release (null while not clarified). */
export function minutesToClarify(firstSeenAt: string, clarifiedAt: string | null): number | null {
  if (!clarifiedAt) return null;
  return Math.max(0, Math.round((Date.parse(clarifiedAt) - Date.parse(firstSeenAt)) / 60_000));
}
