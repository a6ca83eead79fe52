import type { Kysely } from 'kysely';
import type { TimelineEntry, TimelineKind } from '../../../shared/ipc/crises';
import type { Database } from '../db/schema';
import { notFound } from '../kernel/errors';
import { crisisStatements } from './crisisQueries';
import { listFigures } from './crisisRecords';
import { formatFigureValue } from '../../../shared/crises/figureInText';

/**
 * Everything that happened in a crisis, in time order: phase changes, checklist ticks, log
 * entries, official figures, released statements, conferences and the claims of the hoax register.
 * `kinds` filters; empty means all.
 */
export async function crisisTimeline(
  db: Kysely<Database>,
  crisisId: string,
  kinds: readonly TimelineKind[],
): Promise<TimelineEntry[]> {
  const crisis = await db.selectFrom('crisis').select('id').where('id', '=', crisisId).executeTakeFirst();
  if (!crisis) throw notFound('crisis', crisisId);
  const wanted = (kind: TimelineKind) => kinds.length === 0 || kinds.includes(kind);
  const entries: TimelineEntry[] = [];
  if (wanted('phase')) {
    const rows = await db
      .selectFrom('crisis_phase_change')
      .innerJoin('account', 'account.id', 'crisis_phase_change.changed_by')
      .select(['crisis_phase_change.id', 'to_phase', 'note', 'changed_at', 'account.full_name'])
      .where('crisis_id', '=', crisisId)
      .execute();
    for (const row of rows) {
      entries.push({
        at: row.changed_at,
        kind: 'phase',
        text: row.to_phase,
        detail: row.note,
        by: row.full_name,
        refId: row.id,
      });
    }
  }
  if (wanted('checklist')) {
    const rows = await db
      .selectFrom('crisis_checklist_item')
      .innerJoin('account', 'account.id', 'crisis_checklist_item.done_by')
      .select(['crisis_checklist_item.id', 'text', 'phase', 'done_at', 'account.full_name'])
      .where('crisis_id', '=', crisisId)
      .where('done_at', 'is not', null)
      .execute();
    for (const row of rows) {
      entries.push({
        at: row.done_at!,
        kind: 'checklist',
        text: row.text,
        detail: row.phase,
        by: row.full_name,
        refId: row.id,
      });
    }
  }
  if (wanted('log')) {
    const rows = await db
      .selectFrom('crisis_log')
      .innerJoin('account', 'account.id', 'crisis_log.created_by')
      .select(['crisis_log.id', 'at', 'text', 'source', 'account.full_name'])
      .where('crisis_id', '=', crisisId)
      .execute();
    for (const row of rows) {
      entries.push({ at: row.at, kind: 'log', text: row.text, detail: row.source, by: row.full_name, refId: row.id });
    }
  }
  if (wanted('statement')) {
    for (const statement of await crisisStatements(db, crisisId)) {
      if (!statement.releasedAt) continue;
      entries.push({
        at: statement.releasedAt,
        kind: 'statement',
        text: [statement.number, statement.title].filter(Boolean).join(' '),
        detail: statement.kind,
        by: null,
        refId: statement.id,
      });
    }
  }
  if (wanted('conference')) {
    const rows = await db
      .selectFrom('conference')
      .select(['id', 'title', 'starts_at', 'status'])
      .where('crisis_id', '=', crisisId)
      .execute();
    for (const row of rows) {
      entries.push({
        at: row.starts_at,
        kind: 'conference',
        text: row.title,
        detail: row.status,
        by: null,
        refId: row.id,
      });
    }
  }
  if (wanted('figure')) {
    // Figures as the office writes them ("1.250 akun"), not as stored (1250).
    const office = await db.selectFrom('office').select('default_language').executeTakeFirst();
    const language = office?.default_language ?? 'id';
    for (const figure of await listFigures(db, crisisId)) {
      entries.push({
        at: figure.recordedAt,
        kind: 'figure',
        text: `${figure.label}: ${formatFigureValue(figure.value, language)}${figure.unit ? ` ${figure.unit}` : ''}`,
        detail: figure.source,
        by: figure.recordedBy,
        refId: figure.id,
      });
    }
  }
  if (wanted('hoax')) entries.push(...(await hoaxEntries(db, crisisId)));
  // Same instant: the order things are recorded in a crisis (phase first, then the rest).
  const order: TimelineKind[] = ['phase', 'log', 'figure', 'hoax', 'statement', 'conference', 'checklist'];
  return entries.sort((a, b) => a.at.localeCompare(b.at) || order.indexOf(a.kind) - order.indexOf(b.kind));
}

/**
 * A claim in the crisis: first seen, its verdict, its clarification released. `detail` is the
 * event's code ("reported", "verdict:<verdict>", "clarified"), named by whoever shows it.
 */
async function hoaxEntries(db: Kysely<Database>, crisisId: string): Promise<TimelineEntry[]> {
  const rows = await db
    .selectFrom('hoax')
    .leftJoin('account', 'account.id', 'hoax.created_by')
    .select(['hoax.id', 'claim', 'first_seen_at', 'verdict', 'verdict_at', 'clarified_at', 'account.full_name'])
    .where('crisis_id', '=', crisisId)
    .where('merged_into_id', 'is', null)
    .execute();
  return rows.flatMap((row) => {
    const entry = { kind: 'hoax' as const, text: row.claim, refId: row.id };
    return [
      { ...entry, at: row.first_seen_at, detail: 'reported', by: row.full_name },
      ...(row.verdict && row.verdict_at
        ? [{ ...entry, at: row.verdict_at, detail: `verdict:${row.verdict}`, by: null }]
        : []),
      ...(row.clarified_at ? [{ ...entry, at: row.clarified_at, detail: 'clarified', by: null }] : []),
    ];
  });
}
