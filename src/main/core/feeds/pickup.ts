import type { Kysely, Transaction } from 'kysely';
import type { Pickup } from '../../../shared/ipc/feeds';
import type { StatementContent } from '../../../shared/ipc/statements';
import { docToPlainText } from '../../../shared/statements/plainText';
import type { Database } from '../db/schema';

/**
 * Coverage of our releases: a news story that carries a released statement's number, its title,
 * or a run of its own words is that statement's pickup. The matching is pure (tested on its own);
 * the store side reads the statements released lately and records what a poll's new stories ran.
 */

/** A released statement as stories are checked against it. */
export interface PickupProbe {
  statementId: string;
  releasedAt: string;
  /** The office's number ("045/HUMAS/XII/2026"), squeezed: stories write it with or without spaces. */
  number: string | null;
  /** The title's words, when it has enough of them to be distinctive. */
  title: string | null;
  /** Every run of `phraseWords` consecutive words of the summary and body. */
  phrases: Set<string>;
}

export type FoundBy = Pickup['foundBy'];

/** Words in a row that make a phrase ours: shorter runs ("pemerintah kabupaten sleman") are common. */
export const phraseWords = 8;
/** A title shorter than this many words ("Banjir") is too common to be a sign. */
const titleWords = 4;
/** Words of a statement taken for phrases: the lead carries what outlets quote. */
const phraseSourceWords = 600;
/** Statements released this many days before a story are still checked against it. */
export const pickupWindowDays = 30;
/** A story stamped a little before the release is still its pickup (clocks and embargoed copies). */
const earlyMinutes = 10;

/** Lower case, accents off, punctuation to spaces: outlets retype what they quote. */
export function normalizeWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function runs(words: readonly string[], size: number): string[] {
  const out: string[] = [];
  for (let index = 0; index + size <= words.length; index++) out.push(words.slice(index, index + size).join(' '));
  return out;
}

export function pickupProbe(statement: {
  id: string;
  releasedAt: string;
  number: string | null;
  title: string;
  text: string;
}): PickupProbe {
  const title = normalizeWords(statement.title);
  const number = statement.number?.toLowerCase().replace(/\s+/g, '') ?? '';
  return {
    statementId: statement.id,
    releasedAt: statement.releasedAt,
    number: number.length >= 5 ? number : null,
    title: title.length >= titleWords ? title.join(' ') : null,
    phrases: new Set(runs(normalizeWords(statement.text).slice(0, phraseSourceWords), phraseWords)),
  };
}

/**
 * How a story ran the statement, if it did: its number (strongest), its title, or one of its
 * phrases. A story published well before the release is not its pickup.
 */
export function pickupMatch(probe: PickupProbe, story: { title: string; summary: string; at: string }): FoundBy | null {
  if (Date.parse(story.at) < Date.parse(probe.releasedAt) - earlyMinutes * 60_000) return null;
  const raw = `${story.title}\n${story.summary}`;
  if (probe.number && raw.toLowerCase().replace(/\s+/g, '').includes(probe.number)) return 'number';
  const words = normalizeWords(raw);
  const joined = ` ${words.join(' ')} `;
  if (probe.title && joined.includes(` ${probe.title} `)) return 'title';
  if (runs(words, phraseWords).some((run) => probe.phrases.has(run))) return 'phrase';
  return null;
}

/** The statements released in the pickup window before `now`, ready to check stories against. */
export async function releasedProbes(db: Kysely<Database> | Transaction<Database>, now: Date): Promise<PickupProbe[]> {
  const since = new Date(now.getTime() - pickupWindowDays * 24 * 60 * 60_000).toISOString();
  const rows = await db
    .selectFrom('statement')
    .innerJoin('statement_revision', 'statement_revision.id', 'statement.current_revision_id')
    .select([
      'statement.id',
      'statement.number',
      'statement.title',
      'statement.released_at',
      'statement_revision.content_json',
    ])
    .where('statement.released_at', '>=', since)
    .execute();
  return rows.map((row) => {
    const content = JSON.parse(row.content_json) as Pick<StatementContent, 'summary' | 'body'>;
    return pickupProbe({
      id: row.id,
      releasedAt: row.released_at!,
      number: row.number,
      title: row.title,
      text: `${content.summary}\n${docToPlainText(content.body)}`,
    });
  });
}

/** The pickup of one statement, or of every statement of a crisis, earliest story first. */
export async function listPickup(
  db: Kysely<Database>,
  of: { statementId: string | null; crisisId: string | null },
): Promise<Pickup[]> {
  let query = db
    .selectFrom('statement_pickup')
    .innerJoin('feed_signal', 'feed_signal.id', 'statement_pickup.signal_id')
    .innerJoin('feed', 'feed.id', 'feed_signal.feed_id')
    .leftJoin('outlet', 'outlet.id', 'feed.outlet_id')
    .innerJoin('statement', 'statement.id', 'statement_pickup.statement_id')
    .select([
      'statement_pickup.statement_id',
      'statement.title as statement_title',
      'statement_pickup.signal_id',
      'statement_pickup.found_by',
      'feed_signal.title',
      'feed_signal.url',
      'feed_signal.occurred_at',
      'feed_signal.fetched_at',
      'feed.name as feed_name',
      'outlet.name as outlet_name',
    ]);
  if (of.statementId) query = query.where('statement_pickup.statement_id', '=', of.statementId);
  if (of.crisisId) {
    const crisisId = of.crisisId;
    query = query.where('statement_pickup.statement_id', 'in', (eb) =>
      eb.selectFrom('crisis_statement').select('statement_id').where('crisis_id', '=', crisisId),
    );
  }
  const rows = await query.execute();
  return rows
    .map((row): Pickup => ({
      statementId: row.statement_id,
      statementTitle: row.statement_title,
      signalId: row.signal_id,
      title: row.title,
      url: row.url,
      outlet: row.outlet_name,
      feedName: row.feed_name,
      at: row.occurred_at ?? row.fetched_at,
      foundBy: row.found_by as Pickup['foundBy'],
    }))
    .sort((a, b) => a.at.localeCompare(b.at) || a.signalId.localeCompare(b.signalId));
}
