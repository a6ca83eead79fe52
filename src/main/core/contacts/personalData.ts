import type { CoreDeps } from '../kernel/coreDeps';
import type { Kysely } from 'kysely';
import type { SessionActor } from '../kernel/context';
import type { Database } from '../db/schema';
import { notFound } from '../kernel/errors';
import { contactHistory } from './contactHistory';
import { removeContactFromIndex } from '../search/contactSearch';
import { readContact } from './contactRows';
import { personalDataPdf, type PersonalDataDocument } from './personalDataPdf';
import { markErased } from './erasureMarks';
import { documentFileName } from '../documents/simpleDocument';
import { documentOffice } from '../documents/documentFile';

/**
 * Every table that refers to a contact, and where the export covers it. A test reads the schema
 * for tables with a foreign key to `contact` and fails when one is missing here, so a new table
 * that holds something about a person cannot be left out of what the person is given.
 */
export const personalDataCoverage = {
  contact: 'subject',
  contact_outlet: 'subject (affiliations)',
  contact_email: 'subject (emails)',
  contact_phone: 'subject (phones)',
  contact_social: 'subject (socials)',
  contact_beat: 'subject (beats)',
  contact_region: 'subject (regions)',
  contact_tag: 'subject (tags)',
  contact_list_member: 'lists',
  outbox: 'messages',
  conference_invitee: 'conferences',
  conference_question: 'questions',
} as const;

/**
 * "All data about this person" (UU 27/2022 art. 7): the record itself and how it was processed —
 * the audit events about it (who did what, when), the lists it is on, the messages sent to it,
 * the press conferences it was invited to or attended and the questions it asked there. The
 * export itself is recorded (who gave whose data, in which form) in the same write.
 */
export async function personalDataExport(
  deps: CoreDeps,
  actor: SessionActor,
  input: { id: string; format: 'json' | 'pdf'; language: 'id' | 'en' },
) {
  const { db } = deps.store.connection;
  const { id, format, language } = input;
  const now = deps.now();
  const contact = await readContact(db, id);
  if (!contact) throw notFound('contact', id);
  const events = await db
    .selectFrom('audit_log')
    .leftJoin('account', 'account.id', 'audit_log.actor_id')
    .select(['audit_log.at', 'audit_log.action', 'account.full_name as actor', 'audit_log.data'])
    .where((eb) =>
      eb.or([
        eb.and([eb('audit_log.entity_type', '=', 'contact'), eb('audit_log.entity_id', '=', id)]),
        // Someone created by an import is on the trail as the import's one event, written at the
        // same instant as their record.
        eb.and([eb('audit_log.action', '=', 'contacts.imported'), eb('audit_log.at', '=', contact.createdAt)]),
      ]),
    )
    .orderBy('audit_log.seq')
    .execute();
  const lists = await db
    .selectFrom('contact_list_member')
    .innerJoin('contact_list', 'contact_list.id', 'contact_list_member.list_id')
    .select(['contact_list.name', 'contact_list_member.added_at'])
    .where('contact_list_member.contact_id', '=', id)
    .orderBy('contact_list.name')
    .execute();
  const document: PersonalDataDocument = {
    exportedAt: now.toISOString(),
    subject: contact,
    processing: events.map((event) => ({
      at: event.at,
      action: event.action,
      by: event.actor ?? null,
      details: JSON.parse(event.data) as unknown,
    })),
    lists: lists.map((list) => ({ name: list.name, since: list.added_at })),
    messages: (await contactHistory(db, id)).map((item) => ({
      statement: item.statementTitle,
      number: item.statementNumber,
      address: item.address,
      status: item.status,
      sentAt: item.sentAt,
      createdAt: item.createdAt,
    })),
    ...(await conferencesOf(db, id)),
  };
  const fileName = documentFileName(`data-pribadi-${contact.fullName}`, format);
  const file =
    format === 'pdf'
      ? {
          fileName,
          mimeType: 'application/pdf',
          data: await personalDataPdf(document, language, await documentOffice(db)),
        }
      : { fileName, mimeType: 'application/json', data: Buffer.from(`${JSON.stringify(document, null, 2)}\n`, 'utf8') };
  // Recorded once the file exists: who gave whose data, in which form (never the data itself).
  await deps.write(actor, (w) => w.audit('contact.personalDataExported', 'contact', id, { format }));
  return { fileName: file.fileName, mimeType: file.mimeType, dataBase64: file.data.toString('base64') };
}

/** The person's press conferences: invitations with their answers and check-ins, and questions asked. */
async function conferencesOf(db: Kysely<Database>, id: string) {
  const invitations = await db
    .selectFrom('conference_invitee')
    .innerJoin('conference', 'conference.id', 'conference_invitee.conference_id')
    .select([
      'conference.title',
      'conference.starts_at',
      'conference_invitee.invited_at',
      'conference_invitee.rsvp',
      'conference_invitee.rsvp_at',
      'conference_invitee.checked_in_at',
      'conference_invitee.walk_in',
    ])
    .where('conference_invitee.contact_id', '=', id)
    .orderBy('conference.starts_at')
    .execute();
  const questions = await db
    .selectFrom('conference_question')
    .innerJoin('conference', 'conference.id', 'conference_question.conference_id')
    .select([
      'conference.title',
      'conference_question.created_at',
      'conference_question.question',
      'conference_question.answer',
      'conference_question.status',
    ])
    .where('conference_question.contact_id', '=', id)
    .orderBy('conference_question.created_at')
    .execute();
  return {
    conferences: invitations.map((row) => ({
      conference: row.title,
      startsAt: row.starts_at,
      invitedAt: row.invited_at,
      rsvp: row.rsvp,
      rsvpAt: row.rsvp_at,
      checkedInAt: row.checked_in_at,
      walkIn: row.walk_in === 1,
    })),
    questions: questions.map((row) => ({
      conference: row.title,
      askedAt: row.created_at,
      question: row.question,
      answer: row.answer,
      status: row.status,
    })),
  };
}

/**
 * Erasure: the person leaves the contacts, every list, and the search index (FTS5 secure-delete);
 * their rows cascade; keyed fingerprints of their addresses stay so they are not re-added unawares
 * (erasureMarks.ts). `secure_delete` zeroes the freed bytes, and a WAL checkpoint after commit
 * moves that into the database file and empties the log. The audit trail keeps only the record's
 * random id and this event — its earlier events never held personal data.
 */
export async function eraseContact(deps: CoreDeps, id: string, reason: string, actor: SessionActor): Promise<void> {
  const { sqlite } = deps.store.connection;
  await deps.write(actor, async (w) => {
    const { trx } = w;
    const exists = await trx.selectFrom('contact').select('id').where('id', '=', id).executeTakeFirst();
    if (!exists) throw notFound('contact', id);
    const lists = await trx
      .selectFrom('contact_list_member')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('contact_id', '=', id)
      .executeTakeFirstOrThrow();
    await removeContactFromIndex(trx, id);
    // Fingerprints, not addresses: so that importing the same sheet again does not bring them back.
    const marks = await markErased(trx, id, w.at);
    // The outbox keeps that a message went out (the job's counts stay true), not to whom.
    const outboxRows = await trx
      .updateTable('outbox')
      .set({ contact_id: null, recipient_name: null, address: null, reply: null })
      .where('contact_id', '=', id)
      .executeTakeFirst();
    // Invitations and questions keep that someone came or asked, not who.
    await trx
      .updateTable('conference_invitee')
      .set({ contact_id: null, name: null, address: null, outlet: null })
      .where('contact_id', '=', id)
      .execute();
    await trx
      .updateTable('conference_question')
      .set({ contact_id: null, journalist: '', outlet: '' })
      .where('contact_id', '=', id)
      .execute();
    await trx.deleteFrom('contact').where('id', '=', id).execute();
    await w.audit('contact.erased', 'contact', id, {
      reason,
      listMemberships: Number(lists.n),
      marks,
      outboxRows: Number(outboxRows.numUpdatedRows),
    });
    // Erased means gone from the write-ahead log too, not only from the tables. (On the office
    // server the server's own vacuum and WAL recycling do this; a desk cannot.)
    if (sqlite) w.afterCommit(() => void sqlite.pragma('wal_checkpoint(TRUNCATE)'));
    w.emit('contacts.changed', { contactId: id });
  });
}
