import type { Transaction } from 'kysely';
import type { OutletType } from '../../../../shared/contacts/vocabulary';
import type { Database } from '../../db/schema';
import { newId } from '../../kernel/ids';
import { contactDocument } from '../../search/contactSearch';
import { outletKey } from './duplicates';
import { mergeDrafts, type ImportPlan } from './importPlan';
import type { ImportRows } from './importRows';
import type { ContactDraft } from './rowContact';

export interface WriteOptions {
  importId: string;
  actorId: string | null;
  at: string;
  outletType: OutletType;
  /** Called between batches; throws to stop (a cancel), which rolls the whole import back. */
  checkpoint: (done: number) => Promise<void>;
}

/**
 * Writes an import plan into `rows` (the embedded file's prepared statements, or the office
 * server's batched inserts: importRows.ts) inside the write the caller holds open, so everything
 * lands or nothing does. Each contact gets the same rows and index entry the contact service
 * writes. The people created are on the audit trail as one event, the import's own
 * (`contacts.imported`, written by the caller at the same instant as every row: the personal-data
 * export finds a contact's import by it); a contact the file changed gets its own
 * `contact.updated` with the import id. No event names anyone.
 */
export async function writeImportPlan(
  trx: Transaction<Database>,
  rows: ImportRows,
  plan: ImportPlan,
  options: WriteOptions,
): Promise<{ outletsCreated: number }> {
  const { at, importId, actorId } = options;

  // Outlets named by the file that the address book does not have yet.
  const outletIds = new Map<string, string>();
  for (const row of await trx.selectFrom('outlet').select(['id', 'name']).where('archived_at', 'is', null).execute()) {
    if (!outletIds.has(outletKey(row.name))) outletIds.set(outletKey(row.name), row.id);
  }
  let outletsCreated = 0;
  const outletFor = (name: string): string => {
    const key = outletKey(name);
    const known = outletIds.get(key);
    if (known) return known;
    const id = newId();
    rows.insert('outlet', {
      id,
      name,
      type: options.outletType,
      media_group: '',
      region_code: null,
      website: '',
      phone: '',
      email: '',
      notes: '',
      created_at: at,
      updated_at: at,
      archived_at: null,
    });
    rows.audit({ actorId, action: 'outlet.created', entityType: 'outlet', entityId: id, data: { name, importId } }, at);
    outletIds.set(key, id);
    outletsCreated += 1;
    return id;
  };

  let done = 0;
  const step = async () => {
    done += 1;
    if (done % 2000 === 0) {
      await rows.flush();
      await options.checkpoint(done);
    }
  };

  for (const [id, draft] of plan.creates) {
    rows.insert('contact', {
      id,
      full_name: draft.fullName,
      language: draft.language,
      accreditation_number: draft.accreditationNumber,
      accreditation_expiry: draft.accreditationExpiry,
      preferred_channel: draft.preferredChannel,
      notes: draft.notes,
      active: draft.active ? 1 : 0,
      do_not_contact: draft.doNotContact ? 1 : 0,
      last_contacted_at: null,
      lawful_basis: draft.lawfulBasis,
      data_source: draft.dataSource,
      collected_on: draft.collectedOn,
      consent_record: draft.consentRecord,
      retain_until: draft.retainUntil,
      created_at: at,
      updated_at: at,
    });
    writeChildren(rows, id, draft, draft.outlet ? outletFor(draft.outlet.name) : null, 0);
    rows.insert('contact_fts', document(id, draft));
    await step();
  }

  for (const [id, drafts] of plan.merges) {
    const current = await readDraft(trx, id);
    if (!current) continue;
    const merged = drafts.reduce(mergeDrafts, current.draft);
    // Only what the file adds: existing rows stay as they are (with their primary flags).
    const added = subtract(merged, current.draft);
    const outletId = !current.draft.outlet && merged.outlet ? outletFor(merged.outlet.name) : null;
    writeChildren(rows, id, added, outletId, current.counts);
    await rows.update(id, {
      accreditation_number: merged.accreditationNumber,
      accreditation_expiry: merged.accreditationExpiry,
      notes: merged.notes,
      do_not_contact: merged.doNotContact ? 1 : 0,
      updated_at: at,
    });
    await rows.deleteFromIndex(id);
    const outletNames = current.outletNames.length ? current.outletNames : merged.outlet ? [merged.outlet.name] : [];
    rows.insert('contact_fts', document(id, merged, outletNames));
    const fields = changedFields(current.draft, merged);
    rows.audit(
      { actorId, action: 'contact.updated', entityType: 'contact', entityId: id, data: { fields, importId } },
      at,
    );
    await step();
  }
  await rows.flush();
  await options.checkpoint(done);
  return { outletsCreated };
}

interface ExistingCounts {
  emails: number;
  phones: number;
  outlets: number;
}

/** Child rows of a draft; `offset` counts what the contact already has, so the first new one is primary only on an empty list. */
function writeChildren(
  rows: ImportRows,
  id: string,
  draft: ContactDraft,
  outletId: string | null,
  offset: ExistingCounts | 0,
): void {
  const base = offset === 0 ? { emails: 0, phones: 0, outlets: 0 } : offset;
  if (outletId && draft.outlet) {
    rows.insert('contact_outlet', {
      contact_id: id,
      outlet_id: outletId,
      position: draft.outlet.position,
      is_primary: base.outlets === 0 ? 1 : 0,
    });
  }
  draft.emails.forEach((address, index) => {
    const position = base.emails + index;
    rows.insert('contact_email', { contact_id: id, address, is_primary: position === 0 ? 1 : 0, position });
  });
  draft.phones.forEach((phone, index) => {
    const position = base.phones + index;
    rows.insert('contact_phone', {
      contact_id: id,
      e164: phone.e164,
      whatsapp: phone.whatsapp ? 1 : 0,
      label: '',
      is_primary: position === 0 ? 1 : 0,
      position,
    });
  });
  for (const social of draft.socials)
    rows.insert('contact_social', { contact_id: id, platform: social.platform, handle: social.handle });
  for (const beat of draft.beats) rows.insert('contact_beat', { contact_id: id, beat });
  for (const region of draft.regions) rows.insert('contact_region', { contact_id: id, region_code: region });
  for (const tag of draft.tags) rows.insert('contact_tag', { contact_id: id, tag });
}

function document(id: string, draft: ContactDraft, outletNames: string[] = draft.outlet ? [draft.outlet.name] : []) {
  return contactDocument(id, {
    name: draft.fullName,
    outlets: outletNames,
    emails: draft.emails,
    phones: draft.phones.map((phone) => phone.e164),
    beats: draft.beats,
    notes: draft.notes,
  });
}

/** An existing contact as a draft, to merge into (and what it has, so new rows number on). */
async function readDraft(trx: Transaction<Database>, id: string) {
  const row = await trx.selectFrom('contact').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  const outlets = await trx
    .selectFrom('contact_outlet')
    .innerJoin('outlet', 'outlet.id', 'contact_outlet.outlet_id')
    .select(['outlet.name', 'contact_outlet.position'])
    .where('contact_outlet.contact_id', '=', id)
    .orderBy('contact_outlet.is_primary', 'desc')
    .execute();
  const emails = await trx
    .selectFrom('contact_email')
    .select('address')
    .where('contact_id', '=', id)
    .orderBy('position')
    .execute();
  const phones = await trx
    .selectFrom('contact_phone')
    .select(['e164', 'whatsapp'])
    .where('contact_id', '=', id)
    .orderBy('position')
    .execute();
  const socials = await trx
    .selectFrom('contact_social')
    .select(['platform', 'handle'])
    .where('contact_id', '=', id)
    .execute();
  const beats = await trx.selectFrom('contact_beat').select('beat').where('contact_id', '=', id).execute();
  const regions = await trx.selectFrom('contact_region').select('region_code').where('contact_id', '=', id).execute();
  const tags = await trx.selectFrom('contact_tag').select('tag').where('contact_id', '=', id).execute();
  const draft: ContactDraft = {
    fullName: row.full_name,
    outlet: outlets[0] ? { name: outlets[0].name, position: outlets[0].position as 'reporter' } : null,
    emails: emails.map((e) => e.address),
    phones: phones.map((p) => ({ e164: p.e164, whatsapp: p.whatsapp === 1 })),
    socials,
    beats: beats.map((b) => b.beat),
    regions: regions.map((r) => r.region_code),
    tags: tags.map((t) => t.tag),
    language: row.language,
    accreditationNumber: row.accreditation_number,
    accreditationExpiry: row.accreditation_expiry,
    notes: row.notes,
    lawfulBasis: row.lawful_basis,
    dataSource: row.data_source,
    collectedOn: row.collected_on,
    consentRecord: row.consent_record,
    retainUntil: row.retain_until,
    preferredChannel: row.preferred_channel,
    doNotContact: row.do_not_contact === 1,
    active: row.active === 1,
  };
  return {
    draft,
    outletNames: outlets.map((o) => o.name),
    counts: { emails: emails.length, phones: phones.length, outlets: outlets.length },
  };
}

/** The part of `merged` that `current` does not have yet (lists only; the outlet if there was none). */
function subtract(merged: ContactDraft, current: ContactDraft): ContactDraft {
  return {
    ...merged,
    outlet: current.outlet ? null : merged.outlet,
    emails: merged.emails.slice(current.emails.length),
    phones: merged.phones.slice(current.phones.length),
    socials: merged.socials.slice(current.socials.length),
    beats: merged.beats.slice(current.beats.length),
    regions: merged.regions.slice(current.regions.length),
    tags: merged.tags.slice(current.tags.length),
  };
}

function changedFields(before: ContactDraft, after: ContactDraft): string[] {
  const names: [keyof ContactDraft, string][] = [
    ['outlet', 'affiliations'],
    ['emails', 'emails'],
    ['phones', 'phones'],
    ['socials', 'socials'],
    ['beats', 'beats'],
    ['regions', 'regions'],
    ['tags', 'tags'],
    ['accreditationNumber', 'accreditationNumber'],
    ['accreditationExpiry', 'accreditationExpiry'],
    ['notes', 'notes'],
    ['doNotContact', 'doNotContact'],
  ];
  return names
    .filter(([key]) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
    .map(([, field]) => field)
    .sort();
}
