import type { WriteScope } from '../kernel/writeScope';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { figureInputSchema, logEntryInputSchema, OfficialFigure } from '../../../shared/ipc/crises';
import type { SessionActor } from '../kernel/context';
import type { Database } from '../db/schema';
import { newId } from '../kernel/ids';
import { requireOpenCrisis } from './crisisQueries';
import { fieldError } from '../kernel/validationError';

type LogInput = z.output<typeof logEntryInputSchema>;
type FigureInput = z.output<typeof figureInputSchema>;

/** Every version of every official figure of a crisis: series in the order they were first recorded, newest version first. */
export async function listFigures(db: Kysely<Database>, crisisId: string): Promise<OfficialFigure[]> {
  const rows = await db
    .selectFrom('official_figure')
    .innerJoin('account', 'account.id', 'official_figure.recorded_by')
    .selectAll('official_figure')
    .select('account.full_name')
    .where('official_figure.crisis_id', '=', crisisId)
    .orderBy('official_figure.recorded_at')
    .orderBy('official_figure.version')
    .execute();
  const latest = new Map<string, number>();
  const firstSeen = new Map<string, number>();
  for (const [index, row] of rows.entries()) {
    latest.set(row.series_id, Math.max(latest.get(row.series_id) ?? 0, row.version));
    if (!firstSeen.has(row.series_id)) firstSeen.set(row.series_id, index);
  }
  return rows
    .map((row) => ({
      id: row.id,
      seriesId: row.series_id,
      version: row.version,
      label: row.label,
      value: row.value,
      unit: row.unit,
      source: row.source,
      asOf: row.as_of,
      recordedBy: row.full_name,
      recordedAt: row.recorded_at,
      superseded: row.version < latest.get(row.series_id)!,
    }))
    .sort((a, b) => firstSeen.get(a.seriesId)! - firstSeen.get(b.seriesId)! || b.version - a.version);
}

/* The manual log and the official figures ("narasi tunggal") of a crisis. */

export async function addLog(w: WriteScope<SessionActor>, input: LogInput) {
  const { trx, at, actor } = w;
  await requireOpenCrisis(trx, input.crisisId);
  if (input.at > at) throw fieldError(['at'], 'time_in_future');
  const id = newId();
  await trx
    .insertInto('crisis_log')
    .values({
      id,
      crisis_id: input.crisisId,
      at: input.at,
      text: input.text,
      source: input.source,
      created_by: actor.accountId,
      created_at: at,
    })
    .execute();
  await w.audit('crisis.logged', 'crisis', input.crisisId, { entry: id });
  w.emit('crises.changed', { crisisId: input.crisisId });
}

/**
 * Records a figure: a new series, or the next version of one. The old version stays (a
 * statement may have quoted it) and is marked superseded.
 */
export async function recordFigure(w: WriteScope<SessionActor>, input: FigureInput) {
  const { trx, at, actor } = w;
  await requireOpenCrisis(trx, input.crisisId);
  let version = 1;
  const seriesId = input.seriesId ?? newId();
  if (input.seriesId) {
    const last = await trx
      .selectFrom('official_figure')
      .select(['version', 'crisis_id'])
      .where('series_id', '=', input.seriesId)
      .orderBy('version', 'desc')
      .executeTakeFirst();
    if (!last || last.crisis_id !== input.crisisId) throw fieldError(['seriesId'], 'unknown_figure');
    version = last.version + 1;
  }
  const figureId = newId();
  await trx
    .insertInto('official_figure')
    .values({
      id: figureId,
      crisis_id: input.crisisId,
      series_id: seriesId,
      version,
      label: input.label,
      value: input.value,
      unit: input.unit,
      source: input.source,
      as_of: input.asOf,
      recorded_by: actor.accountId,
      recorded_at: at,
    })
    .execute();
  await w.audit('crisis.figureRecorded', 'crisis', input.crisisId, {
    series: seriesId,
    version,
    label: input.label,
    value: input.value,
    unit: input.unit,
  });
  w.emit('crises.changed', { crisisId: input.crisisId });
  return figureId;
}
