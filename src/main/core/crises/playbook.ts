import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { crisisPhases, type CrisisPhase, type CrisisType } from '../../../shared/crises/vocabulary';
import type { PlaybookItem, playbookInputSchema } from '../../../shared/ipc/crises';
import { appendAudit } from '../audit/auditChain';
import type { SessionActor } from '../kernel/context';
import type { Database } from '../db/schema';
import type { Store } from '../db/store';
import type { EventBus } from '../kernel/eventBus';
import { transact } from '../db/transaction';
import { notFound } from '../kernel/errors';
import { newId } from '../kernel/ids';

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
      phase: row.phase as CrisisPhase,
      crisisType: row.crisis_type as CrisisType | null,
      text: row.text,
      position: row.position,
    }))
    .sort(
      (a, b) =>
        crisisPhases.indexOf(a.phase as CrisisPhase) - crisisPhases.indexOf(b.phase as CrisisPhase) ||
        Number(a.crisisType !== null) - Number(b.crisisType !== null) ||
        a.position - b.position,
    );
}

/** Editing the playbook changes crises opened afterwards; open crises keep their own copy. */
export function createPlaybookService(deps: { store: Store; events: EventBus; now: () => Date }) {
  const { db } = deps.store.connection;
  return {
    async save(input: PlaybookInput, actor: SessionActor): Promise<PlaybookItem> {
      const id = await transact(db, async ({ trx, afterCommit }) => {
        const at = deps.now().toISOString();
        const values = { phase: input.phase, crisis_type: input.crisisType, text: input.text, updated_at: at };
        let itemId = input.id;
        if (itemId) {
          const found = await trx
            .updateTable('playbook_item')
            .set(values)
            .where('id', '=', itemId)
            .where('archived_at', 'is', null)
            .executeTakeFirst();
          if (Number(found.numUpdatedRows) === 0) throw notFound('playbookItem', itemId);
        } else {
          itemId = newId();
          const last = await trx
            .selectFrom('playbook_item')
            .select((eb) => eb.fn.max('position').as('position'))
            .executeTakeFirst();
          await trx
            .insertInto('playbook_item')
            .values({
              id: itemId,
              ...values,
              position: Number(last?.position ?? -1) + 1,
              archived_at: null,
              created_at: at,
            })
            .execute();
        }
        await appendAudit(
          trx,
          {
            actorId: actor.accountId,
            action: input.id ? 'playbook.updated' : 'playbook.added',
            entityType: 'playbook',
            entityId: itemId,
            data: { phase: input.phase, crisisType: input.crisisType, text: input.text },
          },
          at,
        );
        afterCommit(() => deps.events.emit('crises.playbookChanged', {}));
        return itemId;
      });
      return (await listPlaybook(db)).find((item) => item.id === id)!;
    },

    async archive(id: string, actor: SessionActor): Promise<void> {
      await transact(db, async ({ trx, afterCommit }) => {
        const at = deps.now().toISOString();
        const result = await trx
          .updateTable('playbook_item')
          .set({ archived_at: at, updated_at: at })
          .where('id', '=', id)
          .where('archived_at', 'is', null)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) === 0) throw notFound('playbookItem', id);
        await appendAudit(
          trx,
          { actorId: actor.accountId, action: 'playbook.archived', entityType: 'playbook', entityId: id, data: {} },
          at,
        );
        afterCommit(() => deps.events.emit('crises.playbookChanged', {}));
      });
    },
  };
}
