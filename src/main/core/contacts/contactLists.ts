import type { WriteScope } from '../kernel/writeScope';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { ContactList, saveContactListSchema, segmentFilterSchema } from '../../../shared/ipc/contacts';
import { contactQuerySchema } from '../../../shared/ipc/contacts';
import type { SessionActor } from '../kernel/context';
import type { Database } from '../db/schema';
import type { ContactListTable } from '../db/schema/contactList';
import { CoreError, notFound } from '../kernel/errors';
import { newId } from '../kernel/ids';
import { listContacts } from './contactQueries';

type SegmentFilter = z.output<typeof segmentFilterSchema>;
type SaveInput = z.output<typeof saveContactListSchema>;

async function countOf(db: Kysely<Database>, row: ContactListTable, today: string): Promise<number> {
  if (row.kind === 'static') {
    const { n } = await db
      .selectFrom('contact_list_member')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('list_id', '=', row.id)
      .executeTakeFirstOrThrow();
    return Number(n);
  }
  // A segment is evaluated live: its count is that of its filter now.
  const filter = JSON.parse(row.filter_json ?? '{}') as SegmentFilter;
  return (await listContacts(db, contactQuerySchema.parse({ ...filter, limit: 1 }), today)).total;
}

function toList(row: ContactListTable, count: number): ContactList {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    description: row.description,
    filter: row.filter_json ? (JSON.parse(row.filter_json) as SegmentFilter) : null,
    count,
    updatedAt: row.updated_at,
  };
}

export async function listContactLists(db: Kysely<Database>, today: string): Promise<ContactList[]> {
  const rows = await db
    .selectFrom('contact_list')
    .selectAll()
    .where('archived_at', 'is', null)
    .orderBy('name')
    .execute();
  return Promise.all(rows.map(async (row) => toList(row, await countOf(db, row, today))));
}

/** Static lists and saved segments; membership changes are audited as counts, never as people. */
/** One list or segment with its current count (a segment counts whoever matches on `today`). */
export async function readContactList(db: Kysely<Database>, id: string, today: string): Promise<ContactList> {
  const row = await db.selectFrom('contact_list').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('contact_list', id);
  return toList(row, await countOf(db, row, today));
}

/** Saves a static list or a segment (its filter). */
export async function saveContactList(w: WriteScope<SessionActor>, input: SaveInput) {
  const id = input.id ?? newId();

  const { trx, at } = w;
  const sameName = await trx
    .selectFrom('contact_list')
    .select('id')
    .where('name', '=', input.name)
    .where('id', '!=', id)
    .executeTakeFirst();
  if (sameName) {
    throw new CoreError('CONFLICT', 'A list with this name exists', {
      reason: 'listNameTaken',
      issues: [{ path: ['name'], rule: 'custom', message: 'list_name_taken' }],
    });
  }
  const values = {
    name: input.name,
    kind: input.kind,
    description: input.description,
    filter_json: input.kind === 'segment' ? JSON.stringify(input.filter) : null,
    updated_at: at,
  };
  if (input.id) {
    const existing = await trx.selectFrom('contact_list').select('kind').where('id', '=', id).executeTakeFirst();
    if (!existing) throw notFound('contact_list', id);
    if (existing.kind !== input.kind)
      throw new CoreError('CONFLICT', 'A list cannot change its kind', { reason: 'listKindFixed' });
    await trx.updateTable('contact_list').set(values).where('id', '=', id).execute();
    await w.audit('list.updated', 'contact_list', id, { name: input.name });
  } else {
    await trx
      .insertInto('contact_list')
      .values({ id, ...values, created_at: at, archived_at: null })
      .execute();
    await w.audit('list.created', 'contact_list', id, { name: input.name, kind: input.kind });
  }
  w.emit('contacts.changed', { contactId: null });
  return id;
}

/** Archives a list (its members stay contacts). */
export async function archiveContactList(w: WriteScope<SessionActor>, id: string) {
  const { trx, at } = w;
  const result = await trx
    .updateTable('contact_list')
    .set({ archived_at: at })
    .where('id', '=', id)
    .where('archived_at', 'is', null)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw notFound('contact_list', id);
  await w.audit('list.archived', 'contact_list', id, {});
  w.emit('contacts.changed', { contactId: null });
}

/** Adds people to a static list or takes them off; returns how many changed. */
export async function changeListMembers(
  w: WriteScope<SessionActor>,
  listId: string,
  contactIds: string[],
  add: boolean,
) {
  const { trx, at } = w;
  const list = await trx
    .selectFrom('contact_list')
    .select(['kind', 'archived_at'])
    .where('id', '=', listId)
    .executeTakeFirst();
  if (!list || list.archived_at) throw notFound('contact_list', listId);
  if (list.kind !== 'static')
    throw new CoreError('CONFLICT', 'A segment has no members to edit', { reason: 'segmentMembers' });
  let changed = 0;
  for (const contactId of new Set(contactIds)) {
    if (add) {
      const result = await trx
        .insertInto('contact_list_member')
        .columns(['list_id', 'contact_id', 'added_at'])
        .expression((eb) =>
          eb
            .selectFrom('contact')
            .select([eb.val(listId).as('list_id'), 'contact.id', eb.val(at).as('added_at')])
            .where('contact.id', '=', contactId),
        )
        .onConflict((clause) => clause.doNothing())
        .executeTakeFirst();
      changed += Number(result.numInsertedOrUpdatedRows ?? 0);
    } else {
      const result = await trx
        .deleteFrom('contact_list_member')
        .where('list_id', '=', listId)
        .where('contact_id', '=', contactId)
        .executeTakeFirst();
      changed += Number(result.numDeletedRows);
    }
  }
  await trx.updateTable('contact_list').set({ updated_at: at }).where('id', '=', listId).execute();
  await w.audit(add ? 'list.membersAdded' : 'list.membersRemoved', 'contact_list', listId, { count: changed });
  w.emit('contacts.changed', { contactId: null });
  return { changed };
}
