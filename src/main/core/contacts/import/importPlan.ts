import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { DuplicateAction, ImportRowReport } from '../../../../shared/ipc/contactImport';
import { newId } from '../../kernel/ids';
import { createDuplicateIndex, type ContactKey, type DuplicateReason } from './duplicates';
import type { ImportRow } from './importRow';
import type { Identifiers } from '../erasureMarks';
import { rowContact, type ContactDraft, type RowDefaults } from './rowContact';

/** What the import will do, decided before anything is written. */
export interface ImportPlan {
  /** New contacts by their new id (rows merged into a row of the same file are folded in). */
  creates: Map<string, ContactDraft>;
  /** Drafts to merge into contacts already in the store, by the existing id. */
  merges: Map<string, ContactDraft[]>;
}

export interface PlanOptions {
  defaults: RowDefaults;
  duplicateAction: DuplicateAction;
  rowActions: Record<string, DuplicateAction>;
  /** Whether a row names someone erased at their request (erasureMarks.ts): never imported again. */
  erased: (identifiers: Identifiers) => boolean;
  /** Called every `every` rows; throws to stop (a cancel). */
  checkpoint: (done: number) => Promise<void>;
  /** Where each row's outcome goes as it is decided (reportFile.ts: to disk, not kept). */
  report: (row: ImportRowReport) => void;
}

/** The contacts already in the store, as duplicate detection needs them (one pass per table). */
export async function existingContactKeys(db: Kysely<Database>): Promise<{
  keys: ContactKey[];
  names: Map<string, string>;
}> {
  const byId = new Map<string, ContactKey>();
  for (const row of await db.selectFrom('contact').select(['id', 'full_name']).execute()) {
    byId.set(row.id, { id: row.id, fullName: row.full_name, outlets: [], emails: [], phones: [] });
  }
  const add = (rows: { contact_id: string; value: string }[], pick: (key: ContactKey) => string[]) => {
    for (const row of rows) {
      const key = byId.get(row.contact_id);
      if (key) pick(key).push(row.value);
    }
  };
  add(await db.selectFrom('contact_email').select(['contact_id', 'address as value']).execute(), (key) => key.emails);
  add(await db.selectFrom('contact_phone').select(['contact_id', 'e164 as value']).execute(), (key) => key.phones);
  add(
    await db
      .selectFrom('contact_outlet')
      .innerJoin('outlet', 'outlet.id', 'contact_outlet.outlet_id')
      .select(['contact_outlet.contact_id', 'outlet.name as value'])
      .execute(),
    (key) => key.outlets,
  );
  const keys = [...byId.values()];
  return { keys, names: new Map(keys.map((key) => [key.id, key.fullName])) };
}

const draftKey = (draft: ContactDraft) => ({
  fullName: draft.fullName,
  outlets: draft.outlet ? [draft.outlet.name] : [],
  emails: draft.emails,
  phones: draft.phones.map((phone) => phone.e164),
});

const union = <T>(a: T[], b: T[], same: (x: T, y: T) => boolean = Object.is) => [
  ...a,
  ...b.filter((item) => !a.some((other) => same(item, other))),
];

/** Folds a later row about the same person into an earlier one: lists joined, empty fields filled. */
export function mergeDrafts(into: ContactDraft, from: ContactDraft): ContactDraft {
  return {
    ...into,
    outlet: into.outlet ?? from.outlet,
    emails: union(into.emails, from.emails),
    phones: union(into.phones, from.phones, (x, y) => x.e164 === y.e164),
    socials: union(into.socials, from.socials, (x, y) => x.platform === y.platform && x.handle === y.handle),
    beats: union(into.beats, from.beats),
    regions: union(into.regions, from.regions),
    tags: union(into.tags, from.tags),
    accreditationNumber: into.accreditationNumber || from.accreditationNumber,
    accreditationExpiry: into.accreditationExpiry ?? from.accreditationExpiry,
    notes: into.notes || from.notes,
    // Someone asked not to be contacted in either source stays so: the safe side of a merge.
    doNotContact: into.doNotContact || from.doNotContact,
  };
}

/**
 * Reads every row, checks it, and decides create / merge / skip / fail. Duplicates are looked for in
 * the store and among the rows before (a file that lists someone twice merges them, or not, as the
 * person chose). Nothing is written here, so a dry run is exactly this.
 */
export async function planImport(
  rows: ImportRow[],
  existing: { keys: ContactKey[]; names: Map<string, string> },
  options: PlanOptions,
): Promise<ImportPlan> {
  const index = createDuplicateIndex(existing.keys);
  const plan: ImportPlan = { creates: new Map(), merges: new Map() };
  for (const [position, row] of rows.entries()) {
    if (position % 500 === 0) await options.checkpoint(position);
    const read = rowContact(row, options.defaults);
    const name = row.fields.fullName?.[0]?.trim() ?? '';
    if (!read.ok) {
      options.report({ line: row.line, name, outcome: 'failed', problems: read.problems, duplicate: null });
      continue;
    }
    const { draft, problems } = read;
    if (options.erased({ emails: draft.emails, phones: draft.phones.map((phone) => phone.e164) })) {
      const erased = [...problems, { code: 'erased_person', value: '' }];
      options.report({ line: row.line, name: draft.fullName, outcome: 'skipped', problems: erased, duplicate: null });
      continue;
    }
    const match = index.find(draftKey(draft));
    const report = (outcome: ImportRowReport['outcome'], duplicate: ImportRowReport['duplicate']) =>
      options.report({ line: row.line, name: draft.fullName, outcome, problems, duplicate });
    if (!match) {
      const id = newId();
      plan.creates.set(id, draft);
      index.add({ id, ...draftKey(draft) });
      report('created', null);
      continue;
    }
    const pending = plan.creates.get(match.id);
    const duplicate = duplicateOf(match.id, match.reason, pending, existing.names);
    const action = options.rowActions[String(row.line)] ?? options.duplicateAction;
    if (action === 'skip') report('skipped', duplicate);
    else if (action === 'create') {
      const id = newId();
      plan.creates.set(id, draft);
      index.add({ id, ...draftKey(draft) });
      report('created', duplicate);
    } else {
      if (pending) plan.creates.set(match.id, mergeDrafts(pending, draft));
      else plan.merges.set(match.id, [...(plan.merges.get(match.id) ?? []), draft]);
      index.add({ id: match.id, ...draftKey(draft) });
      report('merged', duplicate);
    }
  }
  await options.checkpoint(rows.length);
  return plan;
}

/** A duplicate as the report names it: a contact in the store (with its id) or an earlier row of this file (no id yet). */
function duplicateOf(
  id: string,
  reason: DuplicateReason,
  pending: ContactDraft | undefined,
  names: Map<string, string>,
): ImportRowReport['duplicate'] {
  if (pending) return { id: null, name: pending.fullName, reason };
  return { id, name: names.get(id) ?? '', reason };
}
