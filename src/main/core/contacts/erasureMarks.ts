import { createHmac, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

/*
 * An erased journalist stays erased. Erasure removes the person; what it leaves is a fingerprint of
 * each of their e-mail addresses and phone numbers — HMAC-SHA-256 under a random office salt, so
 * the store holds no address in clear and a stolen copy cannot be matched against a public list
 * without the salt — and import, manual entry and the walk-in desk look new people up in them.
 * A person who asks to be added again is added on their new consent, and their marks go.
 */

export type IdentifierKind = 'email' | 'phone';

export interface Identifiers {
  emails: readonly string[];
  /** E.164, as stored. */
  phones: readonly string[];
}

const canonical = (kind: IdentifierKind, value: string) =>
  `${kind}:${kind === 'email' ? value.trim().toLowerCase() : value.trim()}`;

function fingerprint(salt: string, kind: IdentifierKind, value: string): string {
  return createHmac('sha256', salt).update(canonical(kind, value)).digest('hex');
}

/** The office's salt, made by the first erasure (on the office server, the first desk's wins). */
async function saltFor(db: Kysely<Database>, create: boolean): Promise<string> {
  const read = async () =>
    (await db.selectFrom('office').select('erasure_salt').executeTakeFirst())?.erasure_salt ?? '';
  const salt = await read();
  if (salt || !create) return salt;
  await db
    .updateTable('office')
    .set({ erasure_salt: randomBytes(32).toString('hex') })
    .where('erasure_salt', '=', '')
    .execute();
  return read();
}

/** Within the erasure's write, before the contact's rows go: fingerprints of its addresses and numbers. */
export async function markErased(trx: Kysely<Database>, contactId: string, at: string): Promise<number> {
  const emails = await trx.selectFrom('contact_email').select('address').where('contact_id', '=', contactId).execute();
  const phones = await trx.selectFrom('contact_phone').select('e164').where('contact_id', '=', contactId).execute();
  if (emails.length + phones.length === 0) return 0;
  const salt = await saltFor(trx, true);
  const rows = [
    ...emails.map((row) => ({ kind: 'email' as const, value: row.address })),
    ...phones.map((row) => ({ kind: 'phone' as const, value: row.e164 })),
  ].map(({ kind, value }) => ({
    fingerprint: fingerprint(salt, kind, value),
    kind,
    contact_id: contactId,
    erased_at: at,
  }));
  await trx
    .insertInto('erased_identifier')
    .values(rows)
    .onConflict((conflict) => conflict.column('fingerprint').doNothing())
    .execute();
  return rows.length;
}

export interface ErasedMatch {
  kind: IdentifierKind;
  /** Index in `emails` or `phones` of the identifiers looked up. */
  index: number;
  fingerprint: string;
}

/** Which of these identifiers belonged to someone erased. */
export async function findErased(db: Kysely<Database>, identifiers: Identifiers): Promise<ErasedMatch[]> {
  if (identifiers.emails.length + identifiers.phones.length === 0) return [];
  const salt = await saltFor(db, false);
  if (!salt) return [];
  const candidates: ErasedMatch[] = [
    ...identifiers.emails.map((value, index) => ({
      kind: 'email' as const,
      index,
      fingerprint: fingerprint(salt, 'email', value),
    })),
    ...identifiers.phones.map((value, index) => ({
      kind: 'phone' as const,
      index,
      fingerprint: fingerprint(salt, 'phone', value),
    })),
  ];
  const known = await db
    .selectFrom('erased_identifier')
    .select('fingerprint')
    .where(
      'fingerprint',
      'in',
      candidates.map((candidate) => candidate.fingerprint),
    )
    .execute();
  const erased = new Set(known.map((row) => row.fingerprint));
  return candidates.filter((candidate) => erased.has(candidate.fingerprint));
}

/** A person added again on their own request: their marks go (they are a contact once more). */
export async function forgetErased(trx: Kysely<Database>, matches: readonly ErasedMatch[]): Promise<void> {
  if (matches.length === 0) return;
  await trx
    .deleteFrom('erased_identifier')
    .where(
      'fingerprint',
      'in',
      matches.map((match) => match.fingerprint),
    )
    .execute();
}

/** For a whole import: every mark loaded once, looked up per row without a query. */
export async function erasedLookup(db: Kysely<Database>): Promise<(identifiers: Identifiers) => boolean> {
  const salt = await saltFor(db, false);
  if (!salt) return () => false;
  const marks = new Set(
    (await db.selectFrom('erased_identifier').select('fingerprint').execute()).map((row) => row.fingerprint),
  );
  if (marks.size === 0) return () => false;
  return ({ emails, phones }) =>
    emails.some((value) => marks.has(fingerprint(salt, 'email', value))) ||
    phones.some((value) => marks.has(fingerprint(salt, 'phone', value)));
}
