import type { WriteScope } from '../kernel/writeScope';
import type { Transaction } from 'kysely';
import type { z } from 'zod';
import type { CrisisPhase, CrisisType } from '../../../shared/crises/vocabulary';
import type { crisisInputSchema } from '../../../shared/ipc/crises';
import { isActiveAccount } from '../accounts/accountRepository';
import type { SessionActor } from '../kernel/context';
import type { Database } from '../db/schema';
import { CoreError, notFound } from '../kernel/errors';
import { newId } from '../kernel/ids';
import { fieldError } from '../kernel/validationError';
import { requireOpenCrisis } from './crisisQueries';
import { suggestedAudience } from '../../../shared/crises/suggestedAudience';
import { listContactLists } from '../contacts/contactLists';
import { officeToday } from '../office/officeToday';

type Input = z.output<typeof crisisInputSchema>;
type Trx = Transaction<Database>;

async function checkPeople(trx: Trx, input: Input): Promise<void> {
  if (input.leadSpokespersonId && !(await isActiveAccount(trx, input.leadSpokespersonId, 'spokesperson'))) {
    throw fieldError(['crisis', 'leadSpokespersonId'], 'not_spokesperson');
  }
  for (const [index, id] of input.deputyIds.entries()) {
    if (!(await isActiveAccount(trx, id))) throw fieldError(['crisis', 'deputyIds', index], 'unknown_person');
  }
  for (const [index, member] of input.team.entries()) {
    if (!(await isActiveAccount(trx, member.accountId))) {
      throw fieldError(['crisis', 'team', index, 'accountId'], 'unknown_person');
    }
  }
}

async function writeTeam(trx: Trx, id: string, input: Input): Promise<void> {
  await trx.deleteFrom('crisis_member').where('crisis_id', '=', id).execute();
  const rows = new Map<string, { crisis_id: string; account_id: string; role: string }>();
  for (const accountId of input.deputyIds)
    rows.set(`${accountId}:deputy`, { crisis_id: id, account_id: accountId, role: 'deputy' });
  for (const member of input.team) {
    rows.set(`${member.accountId}:${member.role}`, { crisis_id: id, account_id: member.accountId, role: member.role });
  }
  for (const row of rows.values()) await trx.insertInto('crisis_member').values(row).execute();
}

/** The playbook items for this type of crisis, copied: a later playbook edit never rewrites a crisis. */
async function copyPlaybook(trx: Trx, crisisId: string, type: CrisisType, at: string): Promise<void> {
  const items = await trx
    .selectFrom('playbook_item')
    .selectAll()
    .where('archived_at', 'is', null)
    .where((eb) => eb.or([eb('crisis_type', 'is', null), eb('crisis_type', '=', type)]))
    // General items first, then the type's own, each in the office's order.
    .orderBy((eb) => eb.case().when('crisis_type', 'is', null).then(0).else(1).end())
    .orderBy('position')
    .execute();
  for (const [position, item] of items.entries()) {
    await trx
      .insertInto('crisis_checklist_item')
      .values({
        id: newId(),
        crisis_id: crisisId,
        phase: item.phase,
        text: item.text,
        position,
        playbook_item_id: item.id,
        done_by: null,
        done_at: null,
        created_at: at,
      })
      .execute();
  }
}

/*
 * Opening and running a crisis: the record and its team, the phase (every change recorded with
 * who, when and why), and its checklist ticks. A crisis opens in the initial phase unless the
 * signal is still only a risk (pre-crisis); it closes only after the post-crisis phase.
 */

export async function save(w: WriteScope<SessionActor>, id: string | null, input: Input, phase: CrisisPhase) {
  const { trx, at, actor } = w;
  await checkPeople(trx, input);
  if (input.firstSignalAt > at) throw fieldError(['crisis', 'firstSignalAt'], 'signal_in_future');
  const values = {
    title: input.title,
    type: input.type,
    severity: input.severity,
    regions_json: JSON.stringify([...new Set(input.regions)]),
    description: input.description,
    first_signal_at: input.firstSignalAt,
    lead_spokesperson_id: input.leadSpokespersonId,
    ...(input.audience ? { audience_json: JSON.stringify(input.audience) } : {}),
  };
  if (!id) {
    const created = newId();
    // Chosen once, when the crisis opens: the segments its type and region suggest, unless the desk chose.
    const audience = input.audience ?? {
      listIds: suggestedAudience(input.type, input.regions, await listContactLists(trx, await officeToday(trx, w.now))),
      contactIds: [],
    };
    await trx
      .insertInto('crisis')
      .values({
        id: created,
        ...values,
        audience_json: JSON.stringify(audience),
        phase,
        status: 'open',
        created_by: actor.accountId,
        created_at: at,
        updated_at: at,
        closed_at: null,
      })
      .execute();
    await trx
      .insertInto('crisis_phase_change')
      .values({
        id: newId(),
        crisis_id: created,
        from_phase: null,
        to_phase: phase,
        note: '',
        changed_by: actor.accountId,
        changed_at: at,
      })
      .execute();
    await copyPlaybook(trx, created, input.type, at);
    await writeTeam(trx, created, input);
    await w.audit('crisis.opened', 'crisis', created, { type: input.type, severity: input.severity, phase });
    w.emit('crises.changed', { crisisId: created });
    return created;
  }
  const before = await requireOpenCrisis(trx, id);
  await trx
    .updateTable('crisis')
    .set({ ...values, updated_at: at })
    .where('id', '=', id)
    .execute();
  await writeTeam(trx, id, input);
  const fields = (Object.keys(values) as (keyof typeof values)[]).filter((key) => before[key] !== values[key]);
  await w.audit('crisis.updated', 'crisis', id, { fields });
  w.emit('crises.changed', { crisisId: id });
  return id;
}

export async function setPhase(w: WriteScope<SessionActor>, id: string, phase: CrisisPhase, note: string) {
  const { trx, at, actor } = w;
  const row = await requireOpenCrisis(trx, id);
  if (row.phase === phase) {
    throw new CoreError('CONFLICT', `Crisis is already ${phase}`, { reason: 'crisisSamePhase' });
  }
  await trx.updateTable('crisis').set({ phase, updated_at: at }).where('id', '=', id).execute();
  await trx
    .insertInto('crisis_phase_change')
    .values({
      id: newId(),
      crisis_id: id,
      from_phase: row.phase,
      to_phase: phase,
      note,
      changed_by: actor.accountId,
      changed_at: at,
    })
    .execute();
  await w.audit('crisis.phaseChanged', 'crisis', id, { from: row.phase, to: phase, note });
  w.emit('crises.changed', { crisisId: id });
}

/** Closing needs the post-crisis phase (the evaluation comes first); reopening a flare-up is allowed. */
export async function setStatus(w: WriteScope<SessionActor>, id: string, status: 'open' | 'closed') {
  const { trx, at } = w;
  const row = await trx.selectFrom('crisis').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('crisis', id);
  if (row.status === status) {
    throw new CoreError('CONFLICT', `Crisis is already ${status}`, { reason: 'crisisSameStatus' });
  }
  if (status === 'closed' && row.phase !== 'post') {
    throw new CoreError('CONFLICT', 'Close a crisis in its post-crisis phase', { reason: 'crisisNotPost' });
  }
  await trx
    .updateTable('crisis')
    .set({ status, closed_at: status === 'closed' ? at : null, updated_at: at })
    .where('id', '=', id)
    .execute();
  await w.audit(status === 'closed' ? 'crisis.closed' : 'crisis.reopened', 'crisis', id);
  w.emit('crises.changed', { crisisId: id });
}

export async function tick(w: WriteScope<SessionActor>, itemId: string, done: boolean) {
  const { trx, at, actor } = w;
  const item = await trx.selectFrom('crisis_checklist_item').selectAll().where('id', '=', itemId).executeTakeFirst();
  if (!item) throw notFound('checklistItem', itemId);
  await requireOpenCrisis(trx, item.crisis_id);
  await trx
    .updateTable('crisis_checklist_item')
    .set(done ? { done_by: actor.accountId, done_at: at } : { done_by: null, done_at: null })
    .where('id', '=', itemId)
    .execute();
  await trx.updateTable('crisis').set({ updated_at: at }).where('id', '=', item.crisis_id).execute();
  await w.audit(done ? 'crisis.checklistTicked' : 'crisis.checklistUnticked', 'crisis', item.crisis_id, {
    item: itemId,
    phase: item.phase,
    text: item.text,
  });
  w.emit('crises.changed', { crisisId: item.crisis_id });
  return item.crisis_id;
}

/** A statement or a conference joins (or leaves) the crisis; a statement belongs to one crisis at most. */
export async function link(
  w: WriteScope<SessionActor>,
  input: { crisisId: string; statementId: string | null; conferenceId: string | null; linked: boolean },
) {
  const { trx, at, actor } = w;
  await requireOpenCrisis(trx, input.crisisId);
  if (input.statementId) {
    const statement = await trx
      .selectFrom('statement')
      .select('id')
      .where('id', '=', input.statementId)
      .executeTakeFirst();
    if (!statement) throw fieldError(['statementId'], 'unknown_statement');
    const current = await trx
      .selectFrom('crisis_statement')
      .select('crisis_id')
      .where('statement_id', '=', input.statementId)
      .executeTakeFirst();
    if (input.linked && current && current.crisis_id !== input.crisisId) {
      throw new CoreError('CONFLICT', 'The statement belongs to another crisis', {
        reason: 'statementInOtherCrisis',
      });
    }
    await trx
      .deleteFrom('crisis_statement')
      .where('statement_id', '=', input.statementId)
      .where('crisis_id', '=', input.crisisId)
      .execute();
    if (input.linked) {
      await trx
        .insertInto('crisis_statement')
        .values({
          statement_id: input.statementId,
          crisis_id: input.crisisId,
          linked_by: actor.accountId,
          linked_at: at,
        })
        .execute();
    }
  } else {
    const conference = await trx
      .selectFrom('conference')
      .select(['id', 'crisis_id'])
      .where('id', '=', input.conferenceId!)
      .executeTakeFirst();
    if (!conference) throw fieldError(['conferenceId'], 'unknown_conference');
    if (input.linked && conference.crisis_id && conference.crisis_id !== input.crisisId) {
      throw new CoreError('CONFLICT', 'The conference belongs to another crisis', {
        reason: 'conferenceInOtherCrisis',
      });
    }
    if (input.linked || conference.crisis_id === input.crisisId) {
      await trx
        .updateTable('conference')
        .set({ crisis_id: input.linked ? input.crisisId : null })
        .where('id', '=', conference.id)
        .execute();
    }
  }
  await w.audit(input.linked ? 'crisis.linked' : 'crisis.unlinked', 'crisis', input.crisisId, {
    statement: input.statementId,
    conference: input.conferenceId,
  });
  w.emit('crises.changed', { crisisId: input.crisisId });
}

/** An item for this crisis only (the playbook stays as it is). */
export async function addItem(w: WriteScope<SessionActor>, crisisId: string, phase: CrisisPhase, text: string) {
  const { trx, at } = w;
  await requireOpenCrisis(trx, crisisId);
  const last = await trx
    .selectFrom('crisis_checklist_item')
    .select((eb) => eb.fn.max('position').as('position'))
    .where('crisis_id', '=', crisisId)
    .executeTakeFirst();
  await trx
    .insertInto('crisis_checklist_item')
    .values({
      id: newId(),
      crisis_id: crisisId,
      phase,
      text,
      position: Number(last?.position ?? -1) + 1,
      playbook_item_id: null,
      done_by: null,
      done_at: null,
      created_at: at,
    })
    .execute();
  await w.audit('crisis.checklistAdded', 'crisis', crisisId, { phase, text });
  w.emit('crises.changed', { crisisId: crisisId });
}
