import type { StatementContent } from '../../../shared/ipc/statements';
import type { Kysely } from 'kysely';
import { crisisPhases, type CrisisRole } from '../../../shared/crises/vocabulary';
import type { Crisis, CrisisSummary } from '../../../shared/ipc/crises';
import type { Database } from '../db/schema';
import type { CrisisRow } from '../db/schema/crisis';
import { CoreError, notFound } from '../kernel/errors';
import { goldenHourTargets } from './goldenHourTargets';

export function crisisSummary(row: CrisisRow): CrisisSummary {
  return {
    id: row.id,
    title: row.title,
    type: row.type,
    severity: row.severity,
    phase: row.phase,
    status: row.status,
    firstSignalAt: row.first_signal_at,
    updatedAt: row.updated_at,
  };
}

/** Open crises (or closed, or all), the most recent first signal first. */
export async function listCrises(db: Kysely<Database>, status: 'open' | 'closed' | 'all'): Promise<CrisisSummary[]> {
  let query = db.selectFrom('crisis').selectAll();
  if (status !== 'all') query = query.where('status', '=', status);
  const rows = await query.orderBy('first_signal_at', 'desc').orderBy('id').limit(500).execute();
  return rows.map(crisisSummary);
}

/**
 * The statements of a crisis with their release and the "next update at" their current (released)
 * revision promised: what the golden-hour clock and the report read.
 */
export async function crisisStatements(db: Kysely<Database>, crisisId: string): Promise<Crisis['statements']> {
  const rows = await db
    .selectFrom('crisis_statement')
    .innerJoin('statement', 'statement.id', 'crisis_statement.statement_id')
    .innerJoin('statement_revision', 'statement_revision.id', 'statement.current_revision_id')
    .select([
      'statement.id',
      'statement.number',
      'statement.title',
      'statement.kind',
      'statement.status',
      'statement.released_at',
      'statement.created_at',
      'statement_revision.content_json',
    ])
    .where('crisis_statement.crisis_id', '=', crisisId)
    .orderBy('statement.created_at')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    number: row.number,
    title: row.title,
    kind: row.kind,
    status: row.status,
    releasedAt: row.released_at,
    // The revision's stored content (shared shape): only its next-update promise is read here.
    nextUpdateAt: (JSON.parse(row.content_json) as Pick<StatementContent, 'nextUpdateAt'>).nextUpdateAt?.at ?? null,
  }));
}

/** One crisis whole: team, phase history and checklist in phase order. */
export async function readCrisis(db: Kysely<Database>, id: string): Promise<Crisis> {
  const row = await db.selectFrom('crisis').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('crisis', id);
  const lead = row.lead_spokesperson_id
    ? await db
        .selectFrom('account')
        .select(['id', 'full_name as fullName'])
        .where('id', '=', row.lead_spokesperson_id)
        .executeTakeFirst()
    : undefined;
  const members = await db
    .selectFrom('crisis_member')
    .innerJoin('account', 'account.id', 'crisis_member.account_id')
    .select(['account.id', 'account.full_name as fullName', 'crisis_member.role'])
    .where('crisis_member.crisis_id', '=', id)
    .orderBy('account.full_name')
    .execute();
  const phases = await db
    .selectFrom('crisis_phase_change')
    .innerJoin('account', 'account.id', 'crisis_phase_change.changed_by')
    .select([
      'crisis_phase_change.from_phase',
      'crisis_phase_change.to_phase',
      'crisis_phase_change.note',
      'account.full_name',
      'crisis_phase_change.changed_at',
    ])
    .where('crisis_phase_change.crisis_id', '=', id)
    .orderBy('crisis_phase_change.changed_at')
    .orderBy('crisis_phase_change.id')
    .execute();
  const checklist = await db
    .selectFrom('crisis_checklist_item')
    .leftJoin('account', 'account.id', 'crisis_checklist_item.done_by')
    .selectAll('crisis_checklist_item')
    .select('account.full_name as done_by_name')
    .where('crisis_checklist_item.crisis_id', '=', id)
    .orderBy('crisis_checklist_item.position')
    .execute();
  const statements = await crisisStatements(db, id);
  const conferences = await db
    .selectFrom('conference')
    .select(['id', 'title', 'starts_at as startsAt', 'zone', 'status'])
    .where('crisis_id', '=', id)
    .orderBy('starts_at')
    .execute();
  checklist.sort((a, b) => crisisPhases.indexOf(a.phase) - crisisPhases.indexOf(b.phase) || a.position - b.position);
  return {
    ...crisisSummary(row),
    regions: JSON.parse(row.regions_json) as string[],
    description: row.description,
    leadSpokesperson: lead ?? null,
    audience: JSON.parse(row.audience_json) as Crisis['audience'],
    deputies: members
      .filter((member) => member.role === 'deputy')
      .map(({ id: memberId, fullName }) => ({ id: memberId, fullName })),
    team: members
      .filter((member) => member.role !== 'deputy')
      .map((member) => ({ person: { id: member.id, fullName: member.fullName }, role: member.role as CrisisRole })),
    phases: phases.map((change) => ({
      from: change.from_phase,
      to: change.to_phase,
      note: change.note,
      by: change.full_name,
      at: change.changed_at,
    })),
    checklist: checklist.map((item) => ({
      id: item.id,
      phase: item.phase,
      text: item.text,
      fromPlaybook: item.playbook_item_id !== null,
      doneBy: item.done_by && item.done_by_name ? { id: item.done_by, fullName: item.done_by_name } : null,
      doneAt: item.done_at,
    })),
    statements,
    conferences,
    goldenHourTargets: await goldenHourTargets(db),
    createdAt: row.created_at,
    closedAt: row.closed_at,
  };
}

/** The crisis row, refusing a missing crisis (NOT_FOUND) or a closed one (CONFLICT crisisClosed). */
export async function requireOpenCrisis(db: Kysely<Database>, id: string): Promise<CrisisRow> {
  const row = await db.selectFrom('crisis').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('crisis', id);
  if (row.status === 'closed') throw new CoreError('CONFLICT', 'Crisis is closed', { reason: 'crisisClosed' });
  return row;
}
