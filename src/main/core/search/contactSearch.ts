import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema';
import { dialectOf } from '../db/dialect';
import { matchingRows, type SearchTable } from './searchQuery';

/** The name weighs most, then outlets, e-mails and phones, then beats, then notes. */
const contactIndex: SearchTable = {
  table: 'contact_fts',
  id: 'contact_id',
  bm25: [0, 10, 5, 5, 5, 2, 1],
  tsRank: '{0.1, 0.2, 0.5, 1.0}',
};

/**
 * The contact full-text index (FTS5 with `secure-delete` in the embedded file, a tsvector on the
 * office server): one row per contact, rewritten on every change to the contact or to an outlet it
 * works for, removed on erasure.
 */
export async function indexContact(trx: Transaction<Database>, contactId: string): Promise<void> {
  await trx.deleteFrom('contact_fts').where('contact_id', '=', contactId).execute();
  const contact = await trx
    .selectFrom('contact')
    .select(['full_name', 'notes'])
    .where('id', '=', contactId)
    .executeTakeFirst();
  if (!contact) return;
  const outlets = await trx
    .selectFrom('contact_outlet')
    .innerJoin('outlet', 'outlet.id', 'contact_outlet.outlet_id')
    .select('outlet.name')
    .where('contact_outlet.contact_id', '=', contactId)
    .execute();
  const emails = await trx.selectFrom('contact_email').select('address').where('contact_id', '=', contactId).execute();
  const phones = await trx.selectFrom('contact_phone').select('e164').where('contact_id', '=', contactId).execute();
  const beats = await trx.selectFrom('contact_beat').select('beat').where('contact_id', '=', contactId).execute();
  await trx
    .insertInto('contact_fts')
    .values(
      contactDocument(contactId, {
        name: contact.full_name,
        outlets: outlets.map((row) => row.name),
        emails: emails.map((row) => row.address),
        phones: phones.map((row) => row.e164),
        beats: beats.map((row) => row.beat),
        notes: contact.notes,
      }),
    )
    .execute();
}

export interface ContactDocumentParts {
  name: string;
  outlets: string[];
  emails: string[];
  /** E.164 numbers. */
  phones: string[];
  beats: string[];
  notes: string;
}

/** The FTS row of one contact: what `indexContact` writes, and the bulk import writes directly. */
export function contactDocument(contactId: string, parts: ContactDocumentParts) {
  return {
    contact_id: contactId,
    name: parts.name,
    outlets: parts.outlets.join(' '),
    emails: parts.emails.join(' '),
    // Both ways people type a number: "6281234567890" and the national "081234567890".
    phones: parts.phones
      .map((e164) => `${e164.slice(1)}${e164.startsWith('+62') ? ` 0${e164.slice(3)}` : ''}`)
      .join(' '),
    beats: parts.beats.join(' '),
    notes: parts.notes,
  };
}

export async function removeContactFromIndex(trx: Transaction<Database>, contactId: string): Promise<void> {
  await trx.deleteFrom('contact_fts').where('contact_id', '=', contactId).execute();
}

/** Contacts matching typed words, as a derived table `cfts(cfts_id, cfts_rank)`, or null without words. */
export function contactMatches(db: Kysely<Database>, input: string) {
  return matchingRows(dialectOf(db), contactIndex, input, { id: 'cfts_id', rank: 'cfts_rank' })?.as('cfts') ?? null;
}
