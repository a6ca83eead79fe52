import type { WriteScope } from '../kernel/writeScope';
import type { Kysely, Transaction } from 'kysely';
import type { z } from 'zod';
import { conferenceTransitions, type ConferenceStatus } from '../../../shared/conferences/vocabulary';
import type { ConferenceCheck, conferenceInputSchema } from '../../../shared/ipc/conferences';
import { isActiveAccount } from '../accounts/accountRepository';
import type { SessionActor } from '../kernel/context';
import type { Database } from '../db/schema';
import { CoreError, notFound } from '../kernel/errors';
import { newId } from '../kernel/ids';
import { fieldError } from '../kernel/validationError';
import { conferenceWarnings } from './conflicts';

type Input = z.output<typeof conferenceInputSchema>;
type Trx = Transaction<Database>;

/** Fields whose change invitees must hear about (a new SEQUENCE once invitations went out). */
const sentFields = [
  'title',
  'starts_at',
  'ends_at',
  'zone',
  'venue_mode',
  'venue_name',
  'venue_address',
  'online_link',
] as const;

async function checkPeople(trx: Trx, input: Input): Promise<void> {
  for (const [index, id] of input.spokespersonIds.entries()) {
    if (!(await isActiveAccount(trx, id, 'spokesperson'))) {
      throw fieldError(['conference', 'spokespersonIds', index], 'not_spokesperson');
    }
  }
  if (input.moderatorId && !(await isActiveAccount(trx, input.moderatorId))) {
    throw fieldError(['conference', 'moderatorId'], 'unknown_person');
  }
  for (const [index, id] of input.statementIds.entries()) {
    const found = await trx.selectFrom('statement').select('id').where('id', '=', id).executeTakeFirst();
    if (!found) throw fieldError(['conference', 'statementIds', index], 'unknown_statement');
  }
  for (const [index, id] of input.qaIds.entries()) {
    const found = await trx
      .selectFrom('qa_item')
      .select('id')
      .where('id', '=', id)
      .where('archived_at', 'is', null)
      .executeTakeFirst();
    if (!found) throw fieldError(['conference', 'qaIds', index], 'unknown_qa');
  }
}

/** Whether invitations went out: only then do calendars hold the event and need its changes. */
async function hasInvitations(trx: Trx, id: string): Promise<boolean> {
  const invited = await trx
    .selectFrom('conference_invitee')
    .select('id')
    .where('conference_id', '=', id)
    .where('invited_at', 'is not', null)
    .executeTakeFirst();
  return invited !== undefined;
}

function columns(input: Input) {
  return {
    title: input.title,
    kind: input.kind,
    starts_at: input.startsAt,
    ends_at: input.endsAt,
    zone: input.zone,
    venue_mode: input.venueMode,
    venue_name: input.venueName,
    venue_address: input.venueAddress,
    online_link: input.onlineLink,
    moderator_id: input.moderatorId,
    agenda_json: JSON.stringify(input.agenda),
    key_messages: input.keyMessages,
    talking_points: input.talkingPoints,
    notes: input.notes,
  };
}

async function writeLinks(trx: Trx, id: string, input: Input): Promise<void> {
  await trx.deleteFrom('conference_spokesperson').where('conference_id', '=', id).execute();
  for (const [position, accountId] of [...new Set(input.spokespersonIds)].entries()) {
    await trx
      .insertInto('conference_spokesperson')
      .values({ conference_id: id, account_id: accountId, position })
      .execute();
  }
  await trx.deleteFrom('conference_guest_speaker').where('conference_id', '=', id).execute();
  for (const [position, guest] of input.guestSpeakers.entries()) {
    await trx
      .insertInto('conference_guest_speaker')
      .values({ id: newId(), conference_id: id, name: guest.name, role: guest.role, position })
      .execute();
  }
  await trx.deleteFrom('conference_statement').where('conference_id', '=', id).execute();
  for (const statementId of new Set(input.statementIds)) {
    await trx.insertInto('conference_statement').values({ conference_id: id, statement_id: statementId }).execute();
  }
  await trx.deleteFrom('conference_qa').where('conference_id', '=', id).execute();
  for (const [position, qaId] of [...new Set(input.qaIds)].entries()) {
    await trx.insertInto('conference_qa').values({ conference_id: id, qa_id: qaId, position }).execute();
  }
}

const planned = (id: string | null, input: ConferenceCheck) => ({
  id,
  startsAt: input.startsAt,
  endsAt: input.endsAt,
  venueMode: input.venueMode,
  venueName: input.venueName,
  spokespersonIds: input.spokespersonIds,
});

/** The warnings a form shows while it is filled in (nothing is saved). */
export const planWarnings = (db: Kysely<Database>, id: string | null, input: ConferenceCheck) =>
  conferenceWarnings(db, planned(id, input));

/**
 * Creates or changes a conference. A double booking or a time outside office hours is a
 * warning returned with the record, not a refusal: the desk decides. A new time keeps the old
 * one in the reschedule history; a change invitees must hear about raises the SEQUENCE.
 */
/** Plans a conference or changes one (a change of time records why, for the invitees' update). */
export async function saveConference(w: WriteScope<SessionActor>, id: string | null, input: Input, reason: string) {
  const { trx, at, actor } = w;
  await checkPeople(trx, input);
  const values = columns(input);
  if (!id) {
    const created = newId();
    await trx
      .insertInto('conference')
      .values({
        id: created,
        ...values,
        status: 'planned',
        ics_uid: `${created}@siaga`,
        sequence: 0,
        crisis_id: null,
        created_by: actor.accountId,
        created_at: at,
        updated_at: at,
      })
      .execute();
    await writeLinks(trx, created, input);
    await w.audit('conference.created', 'conference', created, { startsAt: input.startsAt, zone: input.zone });
    w.emit('conferences.changed', { conferenceId: created });
    return created;
  }
  const before = await trx.selectFrom('conference').selectAll().where('id', '=', id).executeTakeFirst();
  if (!before) throw notFound('conference', id);
  if (before.status === 'cancelled' || before.status === 'done') {
    throw new CoreError('CONFLICT', `Conference is ${before.status}`, {
      reason: 'conferenceClosed',
      status: before.status,
    });
  }
  const changed = (Object.keys(values) as (keyof typeof values)[]).filter((key) => before[key] !== values[key]);
  const moved = before.starts_at !== input.startsAt || before.ends_at !== input.endsAt || before.zone !== input.zone;
  if (moved) {
    await trx
      .insertInto('conference_reschedule')
      .values({
        id: newId(),
        conference_id: id,
        from_starts_at: before.starts_at,
        from_ends_at: before.ends_at,
        from_zone: before.zone,
        reason,
        changed_by: actor.accountId,
        changed_at: at,
      })
      .execute();
  }
  const mustTell =
    (await hasInvitations(trx, id)) && changed.some((key) => (sentFields as readonly string[]).includes(key));
  await trx
    .updateTable('conference')
    .set({ ...values, sequence: mustTell ? before.sequence + 1 : before.sequence, updated_at: at })
    .where('id', '=', id)
    .execute();
  await writeLinks(trx, id, input);
  await w.audit(moved ? 'conference.rescheduled' : 'conference.updated', 'conference', id, {
    fields: changed,
    ...(moved ? { fromStartsAt: before.starts_at, fromZone: before.zone, reason } : {}),
  });
  w.emit('conferences.changed', { conferenceId: id });
  return id;
}

/** Confirms, postpones, cancels or marks a conference done. */
export async function setConferenceStatus(w: WriteScope<SessionActor>, id: string, status: ConferenceStatus) {
  const { trx, at } = w;
  const row = await trx.selectFrom('conference').select(['status']).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('conference', id);
  const from = row.status;
  if (!conferenceTransitions[from].includes(status)) {
    throw new CoreError('CONFLICT', `A ${from} conference cannot become ${status}`, {
      reason: 'conferenceWrongStatus',
      status: from,
    });
  }
  // A cancellation is a new version of the event for every calendar that holds it.
  const invited = await hasInvitations(trx, id);
  await trx
    .updateTable('conference')
    .set((eb) => ({
      status,
      updated_at: at,
      sequence: status === 'cancelled' && invited ? eb('sequence', '+', 1) : eb.ref('sequence'),
    }))
    .where('id', '=', id)
    .execute();
  await w.audit('conference.statusChanged', 'conference', id, { from, to: status });
  w.emit('conferences.changed', { conferenceId: id });
}
