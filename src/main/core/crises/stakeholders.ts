import type { WriteScope } from '../kernel/writeScope';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type {
  Agency,
  agencyInputSchema,
  CoordinationRequest,
  requestInputSchema,
  Stakeholder,
  stakeholderInputSchema,
} from '../../../shared/ipc/crises';
import type { SessionActor } from '../kernel/context';
import type { Database } from '../db/schema';
import { notFound } from '../kernel/errors';
import { newId } from '../kernel/ids';
import { requireOpenCrisis } from './crisisQueries';
import { fieldError } from '../kernel/validationError';

type AgencyInput = z.output<typeof agencyInputSchema>;
type StakeholderInput = z.output<typeof stakeholderInputSchema>;
type RequestInput = z.output<typeof requestInputSchema>;

/**
 * The agency directory by name, with liaisons in their order. A liaison's own phone and e-mail are
 * a named official's personal contact details: shown only to those who may see contacts (who would
 * call them in a crisis), not to a viewer; the agency's own switchboard and address stay for all.
 */
export async function listAgencies(db: Kysely<Database>, seesPersonalDetails: boolean): Promise<Agency[]> {
  const rows = await db.selectFrom('agency').selectAll().where('archived_at', 'is', null).orderBy('name').execute();
  const liaisons = await db.selectFrom('agency_liaison').selectAll().orderBy('position_order').execute();
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    kind: row.kind,
    regionCode: row.region_code,
    phone: row.phone,
    email: row.email,
    notes: row.notes,
    liaisons: liaisons
      .filter((liaison) => liaison.agency_id === row.id)
      .map(({ name, position, phone, email }) =>
        seesPersonalDetails ? { name, position, phone, email } : { name, position, phone: '', email: '' },
      ),
  }));
}

/** A crisis's stakeholder map: high influence and interest first (the grid's top-right). */
export async function listStakeholders(db: Kysely<Database>, crisisId: string): Promise<Stakeholder[]> {
  const rows = await db
    .selectFrom('crisis_stakeholder')
    .innerJoin('agency', 'agency.id', 'crisis_stakeholder.agency_id')
    .selectAll('crisis_stakeholder')
    .select(['agency.name', 'agency.kind'])
    .where('crisis_stakeholder.crisis_id', '=', crisisId)
    .orderBy('crisis_stakeholder.influence', 'desc')
    .orderBy('crisis_stakeholder.interest', 'desc')
    .orderBy('agency.name')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    agency: { id: row.agency_id, name: row.name, kind: row.kind },
    role: row.role,
    responsibility: row.responsibility,
    influence: row.influence,
    interest: row.interest,
  }));
}

/** Coordination requests: open ones first by due time, then the closed ones. */
export async function listRequests(db: Kysely<Database>, crisisId: string): Promise<CoordinationRequest[]> {
  const rows = await db
    .selectFrom('coordination_request')
    .innerJoin('agency', 'agency.id', 'coordination_request.agency_id')
    .innerJoin('account', 'account.id', 'coordination_request.created_by')
    .selectAll('coordination_request')
    .select(['agency.name as agency_name', 'account.full_name'])
    .where('coordination_request.crisis_id', '=', crisisId)
    .orderBy((eb) => eb.case().when('coordination_request.status', '=', 'open').then(0).else(1).end())
    .orderBy('coordination_request.due_at')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    agency: { id: row.agency_id, name: row.agency_name },
    request: row.request,
    dueAt: row.due_at,
    status: row.status,
    response: row.response,
    createdBy: row.full_name,
    createdAt: row.created_at,
    closedAt: row.closed_at,
  }));
}

/* The agency directory, each crisis's stakeholder map and its coordination requests. */

async function knownAgency(trx: Kysely<Database>, id: string) {
  const row = await trx
    .selectFrom('agency')
    .select('id')
    .where('id', '=', id)
    .where('archived_at', 'is', null)
    .executeTakeFirst();
  if (!row) throw fieldError(['agencyId'], 'unknown_agency');
}

export async function saveAgency(w: WriteScope<SessionActor>, input: AgencyInput) {
  const { trx, at } = w;
  const values = {
    name: input.name,
    kind: input.kind,
    region_code: input.regionCode,
    phone: input.phone,
    email: input.email,
    notes: input.notes,
    updated_at: at,
  };
  let agencyId = input.id;
  if (agencyId) {
    const result = await trx.updateTable('agency').set(values).where('id', '=', agencyId).executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) throw notFound('agency', agencyId);
    await trx.deleteFrom('agency_liaison').where('agency_id', '=', agencyId).execute();
  } else {
    agencyId = newId();
    await trx
      .insertInto('agency')
      .values({ id: agencyId, ...values, archived_at: null, created_at: at })
      .execute();
  }
  for (const [order, liaison] of input.liaisons.entries()) {
    await trx
      .insertInto('agency_liaison')
      .values({ id: newId(), agency_id: agencyId, ...liaison, position_order: order })
      .execute();
  }
  await w.audit(input.id ? 'agency.updated' : 'agency.created', 'agency', agencyId, {
    name: input.name,
  });
  w.emit('crises.agenciesChanged', {});
  return agencyId;
}

export async function saveStakeholder(w: WriteScope<SessionActor>, input: StakeholderInput) {
  const { trx, at } = w;
  await requireOpenCrisis(trx, input.crisisId);
  await knownAgency(trx, input.agencyId);
  const values = {
    role: input.role,
    responsibility: input.responsibility,
    influence: input.influence,
    interest: input.interest,
    updated_at: at,
  };
  await trx
    .insertInto('crisis_stakeholder')
    .values({ id: newId(), crisis_id: input.crisisId, agency_id: input.agencyId, ...values })
    .onConflict((conflict) => conflict.columns(['crisis_id', 'agency_id']).doUpdateSet(values))
    .execute();
  await w.audit('crisis.stakeholderSaved', 'crisis', input.crisisId, {
    agency: input.agencyId,
    influence: input.influence,
    interest: input.interest,
  });
  w.emit('crises.changed', { crisisId: input.crisisId });
}

export async function removeStakeholder(w: WriteScope<SessionActor>, crisisId: string, agencyId: string) {
  const { trx } = w;
  await requireOpenCrisis(trx, crisisId);
  await trx
    .deleteFrom('crisis_stakeholder')
    .where('crisis_id', '=', crisisId)
    .where('agency_id', '=', agencyId)
    .execute();
  await w.audit('crisis.stakeholderRemoved', 'crisis', crisisId, { agency: agencyId });
  w.emit('crises.changed', { crisisId });
}

/** A new request, or its answer / cancellation (closing stamps the time). */
export async function saveRequest(w: WriteScope<SessionActor>, input: RequestInput) {
  const { trx, at, actor } = w;
  await requireOpenCrisis(trx, input.crisisId);
  await knownAgency(trx, input.agencyId);
  const values = {
    agency_id: input.agencyId,
    request: input.request,
    due_at: input.dueAt,
    status: input.status,
    response: input.response,
    updated_at: at,
    closed_at: input.status === 'open' ? null : at,
  };
  let requestId = input.id;
  if (requestId) {
    const before = await trx
      .selectFrom('coordination_request')
      .select(['crisis_id', 'status', 'closed_at'])
      .where('id', '=', requestId)
      .executeTakeFirst();
    if (!before || before.crisis_id !== input.crisisId) throw notFound('coordinationRequest', requestId);
    // An answer keeps the time it first came.
    const closedAt = input.status === 'open' ? null : before.status === input.status ? before.closed_at : at;
    await trx
      .updateTable('coordination_request')
      .set({ ...values, closed_at: closedAt })
      .where('id', '=', requestId)
      .execute();
  } else {
    requestId = newId();
    await trx
      .insertInto('coordination_request')
      .values({
        id: requestId,
        crisis_id: input.crisisId,
        ...values,
        created_by: actor.accountId,
        created_at: at,
      })
      .execute();
  }
  await w.audit(input.id ? 'crisis.requestUpdated' : 'crisis.requestCreated', 'crisis', input.crisisId, {
    request: requestId,
    agency: input.agencyId,
    status: input.status,
  });
  w.emit('crises.changed', { crisisId: input.crisisId });
  return requestId;
}
