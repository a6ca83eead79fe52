import type BetterSqlite3 from 'better-sqlite3';
import type { OutletType } from '../../../../shared/contacts/vocabulary';
import { createBulkAuditWriter } from '../../db/bulkAudit';
import { newId } from '../../kernel/ids';
import { contactDocument } from '../../search/contactSearch';
import { outletKey } from './duplicates';
import { mergeDrafts, type ImportPlan } from './importPlan';
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
 * Writes an import plan with prepared statements on the raw connection — a hundred thousand
 * contacts through the query builder one by one took minutes; this takes seconds. The caller
 * holds the transaction open (so everything lands or nothing does) and the statements run inside
 * it, on the same connection. Each contact gets the same rows, index entry and audit event the
 * contact service writes; the audit event carries the import id, never personal data.
 */
export async function writeImportPlan(
  sqlite: BetterSqlite3.Database,
  plan: ImportPlan,
  options: WriteOptions,
): Promise<{ outletsCreated: number }> {
  const audit = createBulkAuditWriter(sqlite);
  const { at, importId, actorId } = options;
  const statements = prepare(sqlite);

  // Outlets named by the file that the address book does not have yet.
  const outletIds = new Map<string, string>();
  for (const row of sqlite.prepare('select id, name from outlet where archived_at is null').all() as {
    id: string;
    name: string;
  }[]) {
    if (!outletIds.has(outletKey(row.name))) outletIds.set(outletKey(row.name), row.id);
  }
  let outletsCreated = 0;
  const outletFor = (name: string): string => {
    const key = outletKey(name);
    const known = outletIds.get(key);
    if (known) return known;
    const id = newId();
    statements.outlet.run(id, name, options.outletType, at, at);
    audit.append(
      { actorId, action: 'outlet.created', entityType: 'outlet', entityId: id, data: { name, importId } },
      at,
    );
    outletIds.set(key, id);
    outletsCreated += 1;
    return id;
  };

  let done = 0;
  const step = async () => {
    done += 1;
    if (done % 2000 === 0) await options.checkpoint(done);
  };

  for (const [id, draft] of plan.creates) {
    statements.contact.run(
      id,
      draft.fullName,
      draft.language,
      draft.accreditationNumber,
      draft.accreditationExpiry,
      draft.preferredChannel,
      draft.notes,
      draft.active ? 1 : 0,
      draft.doNotContact ? 1 : 0,
      draft.lawfulBasis,
      draft.dataSource,
      draft.collectedOn,
      draft.consentRecord,
      draft.retainUntil,
      at,
      at,
    );
    writeChildren(statements, id, draft, draft.outlet ? outletFor(draft.outlet.name) : null, 0);
    statements.fts.run(document(id, draft));
    audit.append(
      {
        actorId,
        action: 'contact.created',
        entityType: 'contact',
        entityId: id,
        data: { lawfulBasis: draft.lawfulBasis, importId },
      },
      at,
    );
    await step();
  }

  for (const [id, drafts] of plan.merges) {
    const current = readDraft(sqlite, id);
    if (!current) continue;
    const merged = drafts.reduce(mergeDrafts, current.draft);
    // Only what the file adds: existing rows stay as they are (with their primary flags).
    const added = subtract(merged, current.draft);
    const outletId = !current.draft.outlet && merged.outlet ? outletFor(merged.outlet.name) : null;
    writeChildren(statements, id, added, outletId, current.counts);
    statements.mergeScalars.run(
      merged.accreditationNumber,
      merged.accreditationExpiry,
      merged.notes,
      merged.doNotContact ? 1 : 0,
      at,
      id,
    );
    statements.ftsDelete.run(id);
    const outletNames = current.outletNames.length ? current.outletNames : merged.outlet ? [merged.outlet.name] : [];
    statements.fts.run(document(id, merged, outletNames));
    const fields = changedFields(current.draft, merged);
    audit.append(
      { actorId, action: 'contact.updated', entityType: 'contact', entityId: id, data: { fields, importId } },
      at,
    );
    await step();
  }
  await options.checkpoint(done);
  return { outletsCreated };
}

type Statements = ReturnType<typeof prepare>;

function prepare(sqlite: BetterSqlite3.Database) {
  return {
    outlet: sqlite.prepare(
      `insert into outlet (id, name, type, media_group, region_code, website, phone, email, notes, created_at, updated_at, archived_at)
       values (?, ?, ?, '', null, '', '', '', '', ?, ?, null)`,
    ),
    contact: sqlite.prepare(
      `insert into contact (id, full_name, language, accreditation_number, accreditation_expiry, preferred_channel, notes,
         active, do_not_contact, last_contacted_at, lawful_basis, data_source, collected_on, consent_record, retain_until,
         created_at, updated_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, null, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    mergeScalars: sqlite.prepare(
      'update contact set accreditation_number = ?, accreditation_expiry = ?, notes = ?, do_not_contact = ?, updated_at = ? where id = ?',
    ),
    affiliation: sqlite.prepare(
      'insert into contact_outlet (contact_id, outlet_id, position, is_primary) values (?, ?, ?, ?)',
    ),
    email: sqlite.prepare('insert into contact_email (contact_id, address, is_primary, position) values (?, ?, ?, ?)'),
    phone: sqlite.prepare(
      "insert into contact_phone (contact_id, e164, whatsapp, label, is_primary, position) values (?, ?, ?, '', ?, ?)",
    ),
    social: sqlite.prepare('insert into contact_social (contact_id, platform, handle) values (?, ?, ?)'),
    beat: sqlite.prepare('insert into contact_beat (contact_id, beat) values (?, ?)'),
    region: sqlite.prepare('insert into contact_region (contact_id, region_code) values (?, ?)'),
    tag: sqlite.prepare('insert into contact_tag (contact_id, tag) values (?, ?)'),
    fts: sqlite.prepare(
      `insert into contact_fts (contact_id, name, outlets, emails, phones, beats, notes)
       values (@contact_id, @name, @outlets, @emails, @phones, @beats, @notes)`,
    ),
    ftsDelete: sqlite.prepare('delete from contact_fts where contact_id = ?'),
  };
}

interface ExistingCounts {
  emails: number;
  phones: number;
  outlets: number;
}

/** Child rows of a draft; `offset` counts what the contact already has, so the first new one is primary only on an empty list. */
function writeChildren(
  statements: Statements,
  id: string,
  draft: ContactDraft,
  outletId: string | null,
  offset: ExistingCounts | 0,
): void {
  const base = offset === 0 ? { emails: 0, phones: 0, outlets: 0 } : offset;
  if (outletId && draft.outlet) {
    statements.affiliation.run(id, outletId, draft.outlet.position, base.outlets === 0 ? 1 : 0);
  }
  draft.emails.forEach((address, index) => {
    const position = base.emails + index;
    statements.email.run(id, address, position === 0 ? 1 : 0, position);
  });
  draft.phones.forEach((phone, index) => {
    const position = base.phones + index;
    statements.phone.run(id, phone.e164, phone.whatsapp ? 1 : 0, position === 0 ? 1 : 0, position);
  });
  for (const social of draft.socials) statements.social.run(id, social.platform, social.handle);
  for (const beat of draft.beats) statements.beat.run(id, beat);
  for (const region of draft.regions) statements.region.run(id, region);
  for (const tag of draft.tags) statements.tag.run(id, tag);
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
function readDraft(sqlite: BetterSqlite3.Database, id: string) {
  const row = sqlite
    .prepare(
      `select full_name, language, accreditation_number, accreditation_expiry, notes, lawful_basis, data_source, collected_on,
         consent_record, retain_until, preferred_channel, do_not_contact, active
       from contact where id = ?`,
    )
    .get(id) as
    | {
        full_name: string;
        language: string;
        accreditation_number: string;
        accreditation_expiry: string | null;
        notes: string;
        lawful_basis: ContactDraft['lawfulBasis'];
        data_source: string;
        collected_on: string;
        consent_record: string;
        retain_until: string | null;
        preferred_channel: ContactDraft['preferredChannel'];
        do_not_contact: number;
        active: number;
      }
    | undefined;
  if (!row) return null;
  const values = <T>(query: string) => sqlite.prepare(query).all(id) as T[];
  const outlets = values<{ name: string; position: string }>(
    `select outlet.name, contact_outlet.position from contact_outlet join outlet on outlet.id = contact_outlet.outlet_id
     where contact_id = ? order by is_primary desc`,
  );
  const emails = values<{ address: string }>(
    'select address from contact_email where contact_id = ? order by position',
  );
  const phones = values<{ e164: string; whatsapp: number }>(
    'select e164, whatsapp from contact_phone where contact_id = ? order by position',
  );
  const draft: ContactDraft = {
    fullName: row.full_name,
    outlet: outlets[0] ? { name: outlets[0].name, position: outlets[0].position as 'reporter' } : null,
    emails: emails.map((e) => e.address),
    phones: phones.map((p) => ({ e164: p.e164, whatsapp: p.whatsapp === 1 })),
    socials: values<{ platform: ContactDraft['socials'][number]['platform']; handle: string }>(
      'select platform, handle from contact_social where contact_id = ?',
    ),
    beats: values<{ beat: ContactDraft['beats'][number] }>('select beat from contact_beat where contact_id = ?').map(
      (b) => b.beat,
    ),
    regions: values<{ region_code: string }>('select region_code from contact_region where contact_id = ?').map(
      (r) => r.region_code,
    ),
    tags: values<{ tag: string }>('select tag from contact_tag where contact_id = ?').map((t) => t.tag),
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
