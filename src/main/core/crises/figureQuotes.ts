import type { WriteScope } from '../kernel/writeScope';
import type { Kysely } from 'kysely';
import type { StatementCrisis } from '../../../shared/ipc/crises';
import type { StatementContent } from '../../../shared/ipc/statements';
import { editableStatuses } from '../../../shared/statements/workflow';
import type { SessionActor } from '../kernel/context';
import type { Database } from '../db/schema';
import { CoreError, notFound } from '../kernel/errors';
import { fieldError } from '../kernel/validationError';
import { formatFigureValue, staleFiguresInText } from '../../../shared/crises/figureInText';
import { docToPlainText } from '../../../shared/statements/plainText';

/*
 * "Narasi tunggal" in the drafts: a statement records which version of each official figure it
 * quotes. When the crisis desk records a newer version, the draft is flagged and submitting it is
 * refused until it quotes the current one and its text no longer holds the old value: a statement
 * never goes out with a number the office has already corrected.
 */

/** The statement's crisis and quoted figures, each with the series' current version beside it. */
export async function statementCrisis(db: Kysely<Database>, statementId: string): Promise<StatementCrisis> {
  const crisis = await db
    .selectFrom('crisis_statement')
    .innerJoin('crisis', 'crisis.id', 'crisis_statement.crisis_id')
    .select(['crisis.id', 'crisis.title', 'crisis.status'])
    .where('crisis_statement.statement_id', '=', statementId)
    .executeTakeFirst();
  const quoted = await db
    .selectFrom('statement_figure')
    .innerJoin('official_figure as quoted', 'quoted.id', 'statement_figure.figure_id')
    .innerJoin('official_figure as current', (join) =>
      join.onRef('current.series_id', '=', 'statement_figure.series_id').on((eb) =>
        eb(
          'current.version',
          '=',
          eb
            .selectFrom('official_figure as newest')
            .select((inner) => inner.fn.max('newest.version').as('version'))
            .whereRef('newest.series_id', '=', 'statement_figure.series_id'),
        ),
      ),
    )
    .select([
      'statement_figure.series_id as seriesId',
      'quoted.id as figureId',
      'quoted.label',
      'quoted.value',
      'quoted.unit',
      'quoted.source',
      'quoted.as_of as asOf',
      'current.id as currentId',
      'current.value as currentValue',
      'current.as_of as currentAsOf',
    ])
    .where('statement_figure.statement_id', '=', statementId)
    .orderBy('statement_figure.quoted_at')
    .execute();
  return {
    crisis: crisis ? { id: crisis.id, title: crisis.title, status: crisis.status } : null,
    quoted: quoted.map((row) => ({
      seriesId: row.seriesId,
      figureId: row.figureId,
      label: row.label,
      value: row.value,
      unit: row.unit,
      source: row.source,
      asOf: row.asOf,
      superseded: row.currentId !== row.figureId,
      current: { figureId: row.currentId, value: row.currentValue, asOf: row.currentAsOf },
    })),
  };
}

/**
 * Refuses a submission that would send an old number: VALIDATION `figureSuperseded` when the draft
 * quotes a figure with a newer version, `figureStaleInText` (checked first) when its title, summary
 * or body still holds a superseded value of one of its crisis's figures (whatever the quotes say: a dropped quote
 * or a number typed by hand is caught too).
 */
export async function refuseStaleFigures(
  db: Kysely<Database>,
  statementId: string,
  content: StatementContent,
): Promise<void> {
  const { crisis, quoted } = await statementCrisis(db, statementId);
  if (!crisis) return;
  const figures = await db
    .selectFrom('official_figure')
    .select(['series_id as seriesId', 'label', 'value', 'unit', 'version'])
    .where('crisis_id', '=', crisis.id)
    .execute();
  const text = [content.title, content.summary, docToPlainText(content.body)].join('\n');
  const inText = staleFiguresInText(text, figures);
  if (inText.length > 0) {
    const written = (value: number) => formatFigureValue(value, content.language);
    throw new CoreError('VALIDATION', 'The draft text holds a superseded official figure', {
      reason: 'figureStaleInText',
      figures: inText
        .map((figure) => `${figure.label}: "${figure.found}" → ${written(figure.current)} ${figure.unit}`.trim())
        .join('; '),
    });
  }
  // The words first (they are what goes out), then the bookkeeping.
  const stale = quoted.filter((figure) => figure.superseded);
  if (stale.length > 0) {
    throw new CoreError('VALIDATION', 'The draft quotes a superseded official figure', {
      reason: 'figureSuperseded',
      figures: stale.map((figure) => figure.label).join(', '),
    });
  }
}

/** The statement, refusing one that is gone or no longer editable. */
async function editableStatement(trx: Kysely<Database>, statementId: string) {
  const statement = await trx
    .selectFrom('statement')
    .select(['id', 'status'])
    .where('id', '=', statementId)
    .executeTakeFirst();
  if (!statement) throw notFound('statement', statementId);
  if (!editableStatuses.includes(statement.status)) {
    throw new CoreError('CONFLICT', `Statement is ${statement.status}`, { reason: 'statementWrongStatus' });
  }
}

export async function quote(w: WriteScope<SessionActor>, input: { statementId: string; figureId: string }) {
  const { trx, at, actor } = w;
  await editableStatement(trx, input.statementId);
  const figure = await trx
    .selectFrom('official_figure')
    .selectAll()
    .where('id', '=', input.figureId)
    .executeTakeFirst();
  const link = await trx
    .selectFrom('crisis_statement')
    .select('crisis_id')
    .where('statement_id', '=', input.statementId)
    .executeTakeFirst();
  if (!figure || !link || figure.crisis_id !== link.crisis_id) throw fieldError(['figureId'], 'unknown_figure');
  const newer = await trx
    .selectFrom('official_figure')
    .select('id')
    .where('series_id', '=', figure.series_id)
    .where('version', '>', figure.version)
    .executeTakeFirst();
  if (newer) throw fieldError(['figureId'], 'figure_superseded');
  await trx
    .insertInto('statement_figure')
    .values({
      statement_id: input.statementId,
      series_id: figure.series_id,
      figure_id: figure.id,
      quoted_by: actor.accountId,
      quoted_at: at,
    })
    .onConflict((conflict) =>
      conflict
        .columns(['statement_id', 'series_id'])
        .doUpdateSet({ figure_id: figure.id, quoted_by: actor.accountId, quoted_at: at }),
    )
    .execute();
  await w.audit('statement.figureQuoted', 'statement', input.statementId, {
    figureId: figure.id,
    label: figure.label,
    value: figure.value,
    version: figure.version,
  });
  w.emit('statements.changed', { statementId: input.statementId });
}

export async function unquote(w: WriteScope<SessionActor>, input: { statementId: string; seriesId: string }) {
  const { trx } = w;
  await editableStatement(trx, input.statementId);
  const result = await trx
    .deleteFrom('statement_figure')
    .where('statement_id', '=', input.statementId)
    .where('series_id', '=', input.seriesId)
    .executeTakeFirst();
  if (Number(result.numDeletedRows) === 0) return;

  await w.audit('statement.figureUnquoted', 'statement', input.statementId, { seriesId: input.seriesId });
  w.emit('statements.changed', { statementId: input.statementId });
}
