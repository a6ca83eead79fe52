import type { CoreDeps } from '../kernel/coreDeps';
import type { Kysely } from 'kysely';
import type { SessionActor } from '../kernel/context';
import type { Database } from '../db/schema';
import { notFound } from '../kernel/errors';
import { contactHistory } from './contactHistory';
import { removeContactFromIndex } from '../search/contactSearch';
import { readContact } from './contactRows';
import { personalDataPdf, type PersonalDataDocument } from './personalDataPdf';

/**
 * "All data about this person" (UU 27/2022 art. 7): the record itself and how it was processed —
 * the audit events about it (who did what, when), the lists it is on and the messages sent to it.
 */
export async function personalDataExport(
  db: Kysely<Database>,
  id: string,
  now: Date,
  format: 'json' | 'pdf',
  language: 'id' | 'en',
) {
  const contact = await readContact(db, id);
  if (!contact) throw notFound('contact', id);
  const events = await db
    .selectFrom('audit_log')
    .leftJoin('account', 'account.id', 'audit_log.actor_id')
    .select(['audit_log.at', 'audit_log.action', 'account.full_name as actor', 'audit_log.data'])
    .where('audit_log.entity_type', '=', 'contact')
    .where('audit_log.entity_id', '=', id)
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
  };
  const stem = contact.fullName
    .normalize('NFKD')
    .replace(/[^\w]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  const fileName = `data-pribadi-${stem || 'kontak'}.${format}`;
  if (format === 'pdf') {
    const pdf = await personalDataPdf(document, language);
    return { fileName, mimeType: 'application/pdf', dataBase64: pdf.toString('base64') };
  }
  const json = `${JSON.stringify(document, null, 2)}\n`;
  return { fileName, mimeType: 'application/json', dataBase64: Buffer.from(json, 'utf8').toString('base64') };
}

/**
 * Erasure: the person leaves the contacts, every list, and the search index (FTS5 secure-delete);
 * their rows cascade. `secure_delete` zeroes the freed bytes, and a WAL checkpoint after commit
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
      outboxRows: Number(outboxRows.numUpdatedRows),
    });
    // Erased means gone from the write-ahead log too, not only from the tables. (On the office
    // server the server's own vacuum and WAL recycling do this; a desk cannot.)
    if (sqlite) w.afterCommit(() => void sqlite.pragma('wal_checkpoint(TRUNCATE)'));
    w.emit('contacts.changed', { contactId: id });
  });
}
