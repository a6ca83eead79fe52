import type { WriteScope } from '../kernel/writeScope';
import type { Kysely } from 'kysely';
import type { Contact, ContactFields, OutletInput } from '../../../shared/ipc/contacts';
import type { SessionActor } from '../kernel/context';
import type { Database } from '../db/schema';
import { CoreError, notFound } from '../kernel/errors';
import { fieldError } from '../kernel/validationError';
import { newId } from '../kernel/ids';
import { indexContact } from '../search/contactSearch';
import { contactColumns, prepareContact, readContact, writeChildren, type PreparedContact } from './contactRows';
import { findErased, forgetErased, type ErasedMatch, type Identifiers } from './erasureMarks';
import { normalizePhone } from './phone';
import type { OptOutChannel } from '../../../shared/contacts/vocabulary';

/** Outlet columns from input (the e-mail already lower case by the schema). */
function outletColumns(input: Required<OutletInput>) {
  return {
    name: input.name,
    type: input.type,
    media_group: input.mediaGroup,
    region_code: input.regionCode,
    website: input.website,
    phone: input.phone,
    email: input.email,
    notes: input.notes,
  };
}

/**
 * Contacts and outlets. Audit events name the record and which fields changed, never the personal
 * data itself: after an erasure the trail keeps only an anonymous id (UU 27/2022).
 */
/** A contact as the desk sees it, or NOT_FOUND. */
export async function mustReadContact(from: Kysely<Database>, id: string): Promise<Contact> {
  const contact = await readContact(from, id);
  if (!contact) throw notFound('contact', id);
  return contact;
}

export async function createOutlet(w: WriteScope<SessionActor>, input: Required<OutletInput>) {
  const id = newId();

  const { trx, at } = w;
  await trx
    .insertInto('outlet')
    .values({ id, ...outletColumns(input), created_at: at, updated_at: at, archived_at: null })
    .execute();
  await w.audit('outlet.created', 'outlet', id, { name: input.name, type: input.type });
  w.emit('contacts.changed', { contactId: null });
  return id;
}

/** The outlet of this name (any case, not archived), made with nothing but its name and type if there is none. */
export async function outletNamed(
  w: WriteScope<SessionActor>,
  outlet: { name: string; type: OutletInput['type'] },
): Promise<string> {
  const known = await w.trx.selectFrom('outlet').select(['id', 'name']).where('archived_at', 'is', null).execute();
  const same = known.find((row) => row.name.trim().toLowerCase() === outlet.name.trim().toLowerCase());
  if (same) return same.id;
  return createOutlet(w, {
    name: outlet.name.trim(),
    type: outlet.type,
    mediaGroup: '',
    regionCode: null,
    website: '',
    phone: '',
    email: '',
    notes: '',
  });
}

export async function updateOutlet(w: WriteScope<SessionActor>, id: string, input: Required<OutletInput>) {
  const { trx, at } = w;
  const before = await trx.selectFrom('outlet').select('name').where('id', '=', id).executeTakeFirst();
  if (!before) throw notFound('outlet', id);
  await trx
    .updateTable('outlet')
    .set({ ...outletColumns(input), updated_at: at })
    .where('id', '=', id)
    .execute();
  // A renamed outlet is found under its new name: reindex the people who work there.
  if (before.name !== input.name) {
    const members = await trx.selectFrom('contact_outlet').select('contact_id').where('outlet_id', '=', id).execute();
    for (const member of members) await indexContact(trx, member.contact_id);
  }
  await w.audit('outlet.updated', 'outlet', id, { name: input.name });
  w.emit('contacts.changed', { contactId: null });
}

export async function createContact(w: WriteScope<SessionActor>, fields: ContactFields) {
  const id = newId();

  const { trx, at } = w;
  const prepared = await prepareContact(trx, fields, ['contact']);
  const returning = await admitErased(trx, prepared);
  await trx
    .insertInto('contact')
    .values({ id, ...contactColumns(fields), last_contacted_at: null, created_at: at, updated_at: at })
    .execute();
  await writeChildren(trx, id, prepared);
  await indexContact(trx, id);
  await w.audit('contact.created', 'contact', id, { lawfulBasis: fields.lawfulBasis });
  if (returning > 0) await w.audit('contact.returnedAfterErasure', 'contact', id, { identifiers: returning });
  w.emit('contacts.changed', { contactId: id });
  return id;
}

/**
 * Tags and do-not-contact for many people at once. Each person changed gets their own audit
 * event (their processing history must show it); people the change does not alter get none.
 */
export async function bulkUpdateContacts(
  w: WriteScope<SessionActor>,
  input: { ids: string[]; addTags: string[]; removeTags: string[]; doNotContact?: boolean | undefined },
) {
  const ids = [...new Set(input.ids)];
  let changed = 0;

  const { trx, at } = w;
  const existing = await trx.selectFrom('contact').select(['id', 'do_not_contact']).where('id', 'in', ids).execute();
  if (existing.length !== ids.length)
    throw notFound('contact', ids.find((id) => !existing.some((row) => row.id === id)) ?? '');
  for (const row of existing) {
    const fields: string[] = [];
    if (input.doNotContact !== undefined && row.do_not_contact !== (input.doNotContact ? 1 : 0)) {
      await trx
        .updateTable('contact')
        .set({ do_not_contact: input.doNotContact ? 1 : 0 })
        .where('id', '=', row.id)
        .execute();
      fields.push('doNotContact');
    }
    const tags = (await trx.selectFrom('contact_tag').select('tag').where('contact_id', '=', row.id).execute()).map(
      (tag) => tag.tag,
    );
    const adding = input.addTags.filter((tag) => !tags.includes(tag));
    const removing = input.removeTags.filter((tag) => tags.includes(tag));
    if (adding.length) {
      await trx
        .insertInto('contact_tag')
        .values(adding.map((tag) => ({ contact_id: row.id, tag })))
        .execute();
    }
    if (removing.length) {
      await trx.deleteFrom('contact_tag').where('contact_id', '=', row.id).where('tag', 'in', removing).execute();
    }
    if (adding.length || removing.length) fields.push('tags');
    if (!fields.length) continue;
    await trx.updateTable('contact').set({ updated_at: at }).where('id', '=', row.id).execute();
    await w.audit('contact.updated', 'contact', row.id, { fields, bulk: true });
    changed += 1;
  }
  if (changed) w.emit('contacts.changed', { contactId: null });
  return { changed };
}

/**
 * The person asked to receive nothing more (a reply to a release's List-Unsubscribe, a call, a
 * letter): do-not-contact is set and the request is on the record, with how it came.
 */
export async function recordOptOut(w: WriteScope<SessionActor>, id: string, via: OptOutChannel) {
  const { trx, at } = w;
  const row = await trx.selectFrom('contact').select('id').where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('contact', id);
  await trx.updateTable('contact').set({ do_not_contact: 1, updated_at: at }).where('id', '=', id).execute();
  await w.audit('contact.optedOut', 'contact', id, { via });
  w.emit('contacts.changed', { contactId: id });
}

export async function updateContact(w: WriteScope<SessionActor>, id: string, fields: ContactFields) {
  const { trx, at } = w;
  const before = await readContact(trx, id);
  if (!before) throw notFound('contact', id);
  const prepared = await prepareContact(trx, fields, ['contact']);
  const returning = await admitErased(trx, prepared, {
    emails: before.emails.map((email) => email.address),
    phones: before.phones.map((phone) => phone.e164),
  });
  await trx
    .updateTable('contact')
    .set({ ...contactColumns(fields), updated_at: at })
    .where('id', '=', id)
    .execute();
  await writeChildren(trx, id, prepared);
  await indexContact(trx, id);
  const after = await readContact(trx, id);
  // Which fields changed, never their values (the trail must not keep personal data).
  const fieldsChanged = Object.keys(fields).filter(
    (key) =>
      JSON.stringify((before as Record<string, unknown>)[key]) !==
      JSON.stringify((after as Record<string, unknown> | undefined)?.[key]),
  );
  await w.audit('contact.updated', 'contact', id, { fields: fieldsChanged.sort() });
  if (returning > 0) await w.audit('contact.returnedAfterErasure', 'contact', id, { identifiers: returning });
  w.emit('contacts.changed', { contactId: id });
}

/**
 * Refuses the address or number of someone erased (VALIDATION `erased_person` on each such field),
 * unless the person asked to be added again, on their new consent: then their marks go. Addresses
 * the contact already had (`known`) are not looked up. Returns how many marks were lifted.
 */
async function admitErased(trx: Kysely<Database>, prepared: PreparedContact, known?: Identifiers): Promise<number> {
  const { fields } = prepared;
  const emails = prepared.emails.map((email) => email.address).filter((address) => !known?.emails.includes(address));
  const phones = prepared.phones.map((phone) => phone.e164).filter((e164) => !known?.phones.includes(e164));
  const matches = await findErased(trx, { emails, phones });
  if (matches.length === 0) return 0;
  if (!fields.returnsAfterErasure) {
    const path = (match: ErasedMatch): (string | number)[] => {
      if (match.kind === 'email') {
        return [
          'contact',
          'emails',
          fields.emails.findIndex((email) => email.address === emails[match.index]),
          'address',
        ];
      }
      const index = fields.phones.findIndex((phone) => {
        const normalized = normalizePhone(phone.number);
        return normalized.ok && normalized.e164 === phones[match.index];
      });
      return ['contact', 'phones', index, 'number'];
    };
    throw new CoreError('VALIDATION', 'An erased person', {
      issues: matches.map((match) => ({ path: path(match), rule: 'custom', message: 'erased_person' })),
    });
  }
  if (fields.lawfulBasis !== 'consent') throw fieldError(['contact', 'lawfulBasis'], 'consent_after_erasure');
  await forgetErased(trx, matches);
  return matches.length;
}
