import { sql, type Kysely } from 'kysely';

// Frozen: once landed, never edit this file; add a new migration instead.
// The second walk (issue 26):
// - An erased journalist stays erased: keyed fingerprints (HMAC-SHA-256 under an office salt) of
//   the e-mail addresses and phone numbers of each erased contact, so import, manual entry and the
//   walk-in desk recognise the person without the store holding their data in clear.
// - A hoax's verdict names who decided it (`verdict_by`), not who began verifying.
// - A conference may name speakers who are not Siaga accounts (the mayor, a doctor of the hospital).

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('erased_identifier')
    .addColumn('fingerprint', 'text', (col) => col.primaryKey())
    // 'email' or 'phone' (what was fingerprinted; the value itself is not kept).
    .addColumn('kind', 'text', (col) => col.notNull())
    // The erased record's random id, as the audit trail keeps it.
    .addColumn('contact_id', 'text', (col) => col.notNull())
    .addColumn('erased_at', 'text', (col) => col.notNull())
    .execute();
  // Made at the first erasure (empty until then); shared by every desk of the office.
  await db.schema
    .alterTable('office')
    .addColumn('erasure_salt', 'text', (col) => col.notNull().defaultTo(''))
    .execute();

  await db.schema
    .alterTable('hoax')
    .addColumn('verdict_by', 'text', (col) => col.references('account.id'))
    .execute();
  // Before this, whoever verified was the best record of who decided (the audit trail has the rest).
  await sql`update hoax set verdict_by = verifier_id where verdict is not null`.execute(db);

  await db.schema
    .createTable('conference_guest_speaker')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('conference_id', 'text', (col) => col.notNull().references('conference.id').onDelete('cascade'))
    .addColumn('name', 'text', (col) => col.notNull())
    // Their office as the programme prints it ("Wali Kota Yogyakarta").
    .addColumn('role', 'text', (col) => col.notNull())
    .addColumn('position', 'integer', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('conference_guest_speaker_conference')
    .on('conference_guest_speaker')
    .columns(['conference_id', 'position'])
    .execute();
}
