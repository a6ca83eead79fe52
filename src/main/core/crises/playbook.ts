import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { crisisPhases } from '../../../shared/crises/vocabulary';
import type { PlaybookItem, playbookInputSchema } from '../../../shared/ipc/crises';
import type { Database } from '../db/schema';
import { notFound } from '../kernel/errors';
import { newId } from '../kernel/ids';
import type { WriteScope } from '../kernel/writeScope';

type PlaybookInput = z.output<typeof playbookInputSchema>;

/** The office's playbook in phase order; items for every crisis type first. */
export async function listPlaybook(db: Kysely<Database>): Promise<PlaybookItem[]> {
  const rows = await db
    .selectFrom('playbook_item')
    .selectAll()
    .where('archived_at', 'is', null)
    .orderBy('position')
    .execute();
  return rows
    .map((row) => ({
      id: row.id,
      phase: row.phase,
      crisisType: row.crisis_type,
      text: row.text,
      position: row.position,
    }))
    .sort(
      (a, b) =>
        crisisPhases.indexOf(a.phase) - crisisPhases.indexOf(b.phase) ||
        Number(a.crisisType !== null) - Number(b.crisisType !== null) ||
        a.position - b.position,
    );
}

/** Adds or edits an item. Editing the playbook changes crises opened afterwards; open crises keep their own copy. */
export async function savePlaybookItem(w: WriteScope, input: PlaybookInput): Promise<string> {
  const values = { phase: input.phase, crisis_type: input.crisisType, text: input.text, updated_at: w.at };
  let itemId = input.id;
  if (itemId) {
    const found = await w.trx
      .updateTable('playbook_item')
      .set(values)
      .where('id', '=', itemId)
      .where('archived_at', 'is', null)
      .executeTakeFirst();
    if (Number(found.numUpdatedRows) === 0) throw notFound('playbookItem', itemId);
  } else {
    itemId = newId();
    const last = await w.trx
      .selectFrom('playbook_item')
      .select((eb) => eb.fn.max('position').as('position'))
      .executeTakeFirst();
    await w.trx
      .insertInto('playbook_item')
      .values({
        id: itemId,
        ...values,
        position: Number(last?.position ?? -1) + 1,
        archived_at: null,
        created_at: w.at,
      })
      .execute();
  }
  await w.audit(input.id ? 'playbook.updated' : 'playbook.added', 'playbook', itemId, {
    phase: input.phase,
    crisisType: input.crisisType,
    text: input.text,
  });
  w.emit('crises.playbookChanged', {});
  return itemId;
}

export async function archivePlaybookItem(w: WriteScope, id: string): Promise<void> {
  const result = await w.trx
    .updateTable('playbook_item')
    .set({ archived_at: w.at, updated_at: w.at })
    .where('id', '=', id)
    .where('archived_at', 'is', null)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw notFound('playbookItem', id);
  await w.audit('playbook.archived', 'playbook', id);
  w.emit('crises.playbookChanged', {});
}
