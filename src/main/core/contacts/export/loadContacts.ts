import type { Kysely, Selectable } from 'kysely';
import type { Contact } from '../../../../shared/ipc/contacts';
import type { Database } from '../../db/schema';
import type { ContactTable } from '../../db/schema/contact';
import { contactFromRow } from '../contactRows';

/** Ids per `in (...)` list: far under either engine's limit on bound values. */
const idsPerQuery = 500;

/**
 * Whole contacts for many ids at once: one query per child table for each slice of ids instead of
 * nine queries per person (an export of 100,000 contacts in seconds, not minutes). Order follows
 * `ids`. Plain Kysely, so the embedded file and the office server read it the same way.
 */
export async function loadContacts(db: Kysely<Database>, ids: readonly string[]): Promise<Contact[]> {
  const wanted = new Map<string, Contact>();
  for (let start = 0; start < ids.length; start += idsPerQuery) {
    const slice = ids.slice(start, start + idsPerQuery);
    const rows = await db.selectFrom('contact').selectAll().where('id', 'in', slice).execute();
    for (const row of rows) wanted.set(row.id, contactFromRow(row as Selectable<ContactTable>));
    const of = (row: { contact_id: string | null }) => (row.contact_id ? wanted.get(row.contact_id) : undefined);

    const affiliations = await db
      .selectFrom('contact_outlet')
      .innerJoin('outlet', 'outlet.id', 'contact_outlet.outlet_id')
      .select([
        'contact_outlet.contact_id',
        'contact_outlet.outlet_id',
        'contact_outlet.position',
        'contact_outlet.is_primary',
        'outlet.name',
      ])
      .where('contact_outlet.contact_id', 'in', slice)
      .orderBy('contact_outlet.is_primary', 'desc')
      .orderBy('outlet.name')
      .execute();
    for (const row of affiliations)
      of(row)?.affiliations.push({
        outletId: row.outlet_id,
        outletName: row.name,
        position: row.position as Contact['affiliations'][number]['position'],
        primary: row.is_primary === 1,
      });
    const emails = await db
      .selectFrom('contact_email')
      .selectAll()
      .where('contact_id', 'in', slice)
      .orderBy('position')
      .execute();
    for (const row of emails) of(row)?.emails.push({ address: row.address, primary: row.is_primary === 1 });
    const phones = await db
      .selectFrom('contact_phone')
      .selectAll()
      .where('contact_id', 'in', slice)
      .orderBy('position')
      .execute();
    for (const row of phones)
      of(row)?.phones.push({
        e164: row.e164,
        whatsapp: row.whatsapp === 1,
        label: row.label,
        primary: row.is_primary === 1,
      });
    const socials = await db
      .selectFrom('contact_social')
      .selectAll()
      .where('contact_id', 'in', slice)
      .orderBy('platform')
      .execute();
    for (const row of socials) of(row)?.socials.push({ platform: row.platform, handle: row.handle });
    const beats = await db
      .selectFrom('contact_beat')
      .selectAll()
      .where('contact_id', 'in', slice)
      .orderBy('beat')
      .execute();
    for (const row of beats) of(row)?.beats.push(row.beat);
    const regions = await db
      .selectFrom('contact_region')
      .selectAll()
      .where('contact_id', 'in', slice)
      .orderBy('region_code')
      .execute();
    for (const row of regions) of(row)?.regions.push(row.region_code);
    const tags = await db
      .selectFrom('contact_tag')
      .selectAll()
      .where('contact_id', 'in', slice)
      .orderBy('tag')
      .execute();
    for (const row of tags) of(row)?.tags.push(row.tag);
  }
  return ids.map((id) => wanted.get(id)).filter((contact): contact is Contact => contact !== undefined);
}
