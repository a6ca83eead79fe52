import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Contact, ContactFields } from '../../../shared/ipc/contacts';
import type { Database } from '../db/schema';
import type { ContactTable } from '../db/schema/contact';
import { fieldError } from '../kernel/validationError';
import { normalizePhone } from './phone';
import type { OptOutChannel } from '../../../shared/contacts/vocabulary';

type Trx = Transaction<Database>;

/** Exactly one primary among several (the first marked, else the first), in the order given. */
function withOnePrimary<T extends { primary: boolean }>(items: T[]): T[] {
  const chosen = Math.max(
    0,
    items.findIndex((item) => item.primary),
  );
  return items.map((item, index) => ({ ...item, primary: index === chosen }));
}

export interface PreparedContact {
  fields: ContactFields;
  phones: { e164: string; whatsapp: boolean; label: string; primary: boolean }[];
  emails: { address: string; primary: boolean }[];
  affiliations: ContactFields['affiliations'];
}

/**
 * Checks what the schema cannot: phone numbers (to E.164, reported per number), outlets that exist,
 * one primary of each kind, no repeated address or number.
 */
export async function prepareContact(
  trx: Trx,
  fields: ContactFields,
  path: (string | number)[],
): Promise<PreparedContact> {
  const phones: PreparedContact['phones'] = [];
  fields.phones.forEach((phone, index) => {
    const normalized = normalizePhone(phone.number);
    if (!normalized.ok) throw fieldError([...path, 'phones', index, 'number'], normalized.reason);
    if (!phones.some((other) => other.e164 === normalized.e164)) {
      phones.push({ e164: normalized.e164, whatsapp: phone.whatsapp, label: phone.label, primary: phone.primary });
    }
  });
  const emails = fields.emails.filter(
    (email, index) => fields.emails.findIndex((other) => other.address === email.address) === index,
  );
  for (const [index, affiliation] of fields.affiliations.entries()) {
    const outlet = await trx
      .selectFrom('outlet')
      .select('id')
      .where('id', '=', affiliation.outletId)
      .where('archived_at', 'is', null)
      .executeTakeFirst();
    if (!outlet) throw fieldError([...path, 'affiliations', index, 'outletId'], 'outlet_unknown');
  }
  const affiliations = fields.affiliations.filter(
    (item, index) => fields.affiliations.findIndex((other) => other.outletId === item.outletId) === index,
  );
  return {
    fields,
    phones: withOnePrimary(phones),
    emails: withOnePrimary(emails),
    affiliations: withOnePrimary(affiliations),
  };
}

export function contactColumns(
  fields: ContactFields,
): Omit<ContactTable, 'id' | 'created_at' | 'updated_at' | 'last_contacted_at'> {
  return {
    full_name: fields.fullName,
    language: fields.language,
    accreditation_number: fields.accreditationNumber,
    accreditation_expiry: fields.accreditationExpiry,
    preferred_channel: fields.preferredChannel,
    notes: fields.notes,
    active: fields.active ? 1 : 0,
    do_not_contact: fields.doNotContact ? 1 : 0,
    lawful_basis: fields.lawfulBasis,
    data_source: fields.dataSource,
    collected_on: fields.collectedOn,
    consent_record: fields.consentRecord,
    retain_until: fields.retainUntil,
  };
}

/** The tables that hold a contact's lists (affiliations, addresses, numbers, beats, …). */
export const contactChildTables = [
  'contact_outlet',
  'contact_email',
  'contact_phone',
  'contact_social',
  'contact_beat',
  'contact_region',
  'contact_tag',
] as const;

/** Replaces every child row of a contact with the prepared ones. */
export async function writeChildren(trx: Trx, contactId: string, prepared: PreparedContact): Promise<void> {
  for (const table of contactChildTables) {
    await trx.deleteFrom(table).where('contact_id', '=', contactId).execute();
  }
  const { fields } = prepared;
  const insert = async <T extends keyof Database>(table: T, rows: Record<string, unknown>[]) => {
    if (rows.length)
      await trx
        .insertInto(table)
        .values(rows as never)
        .execute();
  };
  await insert(
    'contact_outlet',
    prepared.affiliations.map((a) => ({
      contact_id: contactId,
      outlet_id: a.outletId,
      position: a.position,
      is_primary: a.primary ? 1 : 0,
    })),
  );
  await insert(
    'contact_email',
    prepared.emails.map((e, position) => ({
      contact_id: contactId,
      address: e.address,
      is_primary: e.primary ? 1 : 0,
      position,
    })),
  );
  await insert(
    'contact_phone',
    prepared.phones.map((p, position) => ({
      contact_id: contactId,
      e164: p.e164,
      whatsapp: p.whatsapp ? 1 : 0,
      label: p.label,
      is_primary: p.primary ? 1 : 0,
      position,
    })),
  );
  await insert(
    'contact_social',
    [...new Map(fields.socials.map((s) => [`${s.platform}:${s.handle}`, s])).values()].map((s) => ({
      contact_id: contactId,
      platform: s.platform,
      handle: s.handle,
    })),
  );
  await insert(
    'contact_beat',
    [...new Set(fields.beats)].map((beat) => ({ contact_id: contactId, beat })),
  );
  await insert(
    'contact_region',
    [...new Set(fields.regions)].map((region_code) => ({ contact_id: contactId, region_code })),
  );
  await insert(
    'contact_tag',
    [...new Set(fields.tags)].map((tag) => ({ contact_id: contactId, tag })),
  );
}

/** The whole contact as a DTO, or undefined. */
export async function readContact(db: Trx | Kysely<Database>, id: string): Promise<Contact | undefined> {
  const row = await db.selectFrom('contact').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const affiliations = await db
    .selectFrom('contact_outlet')
    .innerJoin('outlet', 'outlet.id', 'contact_outlet.outlet_id')
    .select(['contact_outlet.outlet_id', 'outlet.name', 'contact_outlet.position', 'contact_outlet.is_primary'])
    .where('contact_outlet.contact_id', '=', id)
    .orderBy('contact_outlet.is_primary', 'desc')
    .orderBy('outlet.name')
    .execute();
  const emails = await db
    .selectFrom('contact_email')
    .selectAll()
    .where('contact_id', '=', id)
    .orderBy('position')
    .execute();
  const phones = await db
    .selectFrom('contact_phone')
    .selectAll()
    .where('contact_id', '=', id)
    .orderBy('position')
    .execute();
  const socials = await db
    .selectFrom('contact_social')
    .selectAll()
    .where('contact_id', '=', id)
    .orderBy('platform')
    .execute();
  const values = async (
    table: 'contact_beat' | 'contact_region' | 'contact_tag',
    column: 'beat' | 'region_code' | 'tag',
  ) =>
    (
      await db
        .selectFrom(table)
        .select(column as never)
        .where('contact_id', '=', id)
        .orderBy(column as never)
        .execute()
    ).map((r) => (r as Record<string, string>)[column] ?? '');
  // The opt-out is an event on the record (who took it, when, how it came), shown while it stands.
  const optOut =
    row.do_not_contact === 1
      ? await db
          .selectFrom('audit_log')
          .select(['at', 'data'])
          .where('entity_type', '=', 'contact')
          .where('entity_id', '=', id)
          .where('action', '=', 'contact.optedOut')
          .orderBy('seq', 'desc')
          .limit(1)
          .executeTakeFirst()
      : undefined;
  return {
    ...contactFromRow(row),
    optOut: optOut ? { at: optOut.at, via: (JSON.parse(optOut.data) as { via: OptOutChannel }).via } : null,
    affiliations: affiliations.map((a) => ({
      outletId: a.outlet_id,
      outletName: a.name,
      position: a.position as Contact['affiliations'][number]['position'],
      primary: a.is_primary === 1,
    })),
    emails: emails.map((e) => ({ address: e.address, primary: e.is_primary === 1 })),
    phones: phones.map((p) => ({
      e164: p.e164,
      whatsapp: p.whatsapp === 1,
      label: p.label,
      primary: p.is_primary === 1,
    })),
    socials: socials.map((s) => ({ platform: s.platform, handle: s.handle })),
    beats: (await values('contact_beat', 'beat')) as Contact['beats'],
    regions: await values('contact_region', 'region_code'),
    tags: await values('contact_tag', 'tag'),
  };
}

/** A contact row as the DTO, its lists still empty (the caller fills them from the child tables). */
export function contactFromRow(row: Selectable<ContactTable>): Contact {
  return {
    id: row.id,
    fullName: row.full_name,
    affiliations: [],
    emails: [],
    phones: [],
    socials: [],
    beats: [],
    regions: [],
    tags: [],
    language: row.language,
    accreditationNumber: row.accreditation_number,
    accreditationExpiry: row.accreditation_expiry,
    preferredChannel: row.preferred_channel,
    notes: row.notes,
    active: row.active === 1,
    doNotContact: row.do_not_contact === 1,
    optOut: null,
    lastContactedAt: row.last_contacted_at,
    lawfulBasis: row.lawful_basis,
    dataSource: row.data_source,
    collectedOn: row.collected_on,
    consentRecord: row.consent_record,
    retainUntil: row.retain_until,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
