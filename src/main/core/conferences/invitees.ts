import type { WriteScope } from '../kernel/writeScope';
import type { Kysely } from 'kysely';
import type { RsvpAnswer } from '../../../shared/conferences/vocabulary';
import type { Invitee } from '../../../shared/ipc/conferences';
import { instantToWallTime } from '../../../shared/time/zonedInstant';
import type { Database } from '../db/schema';
import { notFound } from '../kernel/errors';
import { newId } from '../kernel/ids';

/** A conference's invitees and walk-ins, by name, with RSVP, attendance and accreditation. */
export async function listInvitees(db: Kysely<Database>, conferenceId: string): Promise<Invitee[]> {
  const conference = await db
    .selectFrom('conference')
    .select(['starts_at', 'zone'])
    .where('id', '=', conferenceId)
    .executeTakeFirst();
  if (!conference) throw notFound('conference', conferenceId);
  // Accreditation must hold on the day as the venue counts days (its own zone).
  const day = instantToWallTime(conference.starts_at, conference.zone).slice(0, 10);
  const rows = await db
    .selectFrom('conference_invitee')
    .leftJoin('contact', 'contact.id', 'conference_invitee.contact_id')
    .selectAll('conference_invitee')
    .select(['contact.accreditation_number', 'contact.accreditation_expiry'])
    .where('conference_invitee.conference_id', '=', conferenceId)
    .orderBy('conference_invitee.name')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    contactId: row.contact_id,
    name: row.name,
    address: row.address,
    outlet: row.outlet,
    invitedAt: row.invited_at,
    rsvp: row.rsvp,
    rsvpAt: row.rsvp_at,
    checkedInAt: row.checked_in_at,
    walkIn: row.walk_in === 1,
    accredited: row.accreditation_number ? !row.accreditation_expiry || row.accreditation_expiry >= day : null,
  }));
}

/** RSVP (entered by staff from a call or a reply) and the tick at the door, each audited. */
/** One change to one invitee's row ('$now' in `values` is the write's instant); returns their conference. */
async function changeInvitee(
  w: WriteScope,
  id: string,
  action: string,
  values: Record<string, unknown>,
): Promise<string> {
  const { trx, at } = w;
  const row = await trx
    .selectFrom('conference_invitee')
    .select(['conference_id'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('invitee', id);
  const set = Object.fromEntries(Object.entries(values).map(([key, value]) => [key, value === '$now' ? at : value]));
  await trx
    .updateTable('conference_invitee')
    .set({ ...set, updated_at: at })
    .where('id', '=', id)
    .execute();
  await w.audit(action, 'conference', row.conference_id, { invitee: id, ...values });
  w.emit('conferences.changed', { conferenceId: row.conference_id });
  return row.conference_id;
}

/**
 * Someone at the door who was not invited: an existing contact, or a new one created with the
 * consent source the desk recorded; checked in at once. Someone invited is simply checked in.
 */
export async function walkIn(w: WriteScope, conferenceId: string, contactId: string): Promise<string> {
  const { trx, at } = w;
  const conference = await trx.selectFrom('conference').select('id').where('id', '=', conferenceId).executeTakeFirst();
  if (!conference) throw notFound('conference', conferenceId);
  const existing = await trx
    .selectFrom('conference_invitee')
    .select('id')
    .where('conference_id', '=', conferenceId)
    .where('contact_id', '=', contactId)
    .executeTakeFirst();
  let id = existing?.id;
  if (id) {
    await trx
      .updateTable('conference_invitee')
      .set({ checked_in_at: at, updated_at: at })
      .where('id', '=', id)
      .execute();
  } else {
    const person = await trx
      .selectFrom('contact')
      .select(['full_name'])
      .select((eb) =>
        eb
          .selectFrom('contact_email')
          .select('address')
          .whereRef('contact_email.contact_id', '=', 'contact.id')
          .orderBy('is_primary', 'desc')
          .limit(1)
          .as('address'),
      )
      .select((eb) =>
        eb
          .selectFrom('contact_outlet')
          .innerJoin('outlet', 'outlet.id', 'contact_outlet.outlet_id')
          .select('outlet.name')
          .whereRef('contact_outlet.contact_id', '=', 'contact.id')
          .orderBy('contact_outlet.is_primary', 'desc')
          .limit(1)
          .as('outlet'),
      )
      .where('id', '=', contactId)
      .executeTakeFirst();
    if (!person) throw notFound('contact', contactId);
    id = newId();
    await trx
      .insertInto('conference_invitee')
      .values({
        id,
        conference_id: conferenceId,
        contact_id: contactId,
        name: person.full_name,
        address: person.address,
        outlet: person.outlet,
        invited_at: null,
        rsvp: 'none',
        rsvp_at: null,
        checked_in_at: at,
        walk_in: 1,
        updated_at: at,
      })
      .execute();
  }
  await w.audit('conference.checkedIn', 'conference', conferenceId, { invitee: id, walkIn: !existing });
  w.emit('conferences.changed', { conferenceId });
  return id;
}

/** The RSVP as the invitee gave it (by phone, in person); returns their conference. */
export const setRsvp = (w: WriteScope, id: string, rsvp: RsvpAnswer) =>
  changeInvitee(w, id, 'conference.rsvp', { rsvp, rsvp_at: rsvp === 'none' ? null : '$now' });

/** Checked in at the door (or undone); returns their conference. */
export const checkIn = (w: WriteScope, id: string, present: boolean) =>
  changeInvitee(w, id, present ? 'conference.checkedIn' : 'conference.checkInUndone', {
    checked_in_at: present ? '$now' : null,
  });
