import type { Kysely } from 'kysely';
import { lessonSections, type LessonSection } from '../../../shared/crises/vocabulary';
import type { Lesson } from '../../../shared/ipc/crises';
import { appendAudit } from '../audit/auditChain';
import type { SessionActor } from '../kernel/context';
import type { Database } from '../db/schema';
import type { Store } from '../db/store';
import { transact } from '../db/transaction';
import type { EventBus } from '../kernel/eventBus';
import { notFound } from '../kernel/errors';
import { requireOpenCrisis } from './crisisQueries';

/** The evaluation's lessons-learned sections, every section present (empty until written). */
export async function listLessons(db: Kysely<Database>, crisisId: string): Promise<Lesson[]> {
  const crisis = await db.selectFrom('crisis').select('id').where('id', '=', crisisId).executeTakeFirst();
  if (!crisis) throw notFound('crisis', crisisId);
  const rows = await db
    .selectFrom('crisis_lesson')
    .innerJoin('account', 'account.id', 'crisis_lesson.updated_by')
    .select(['crisis_lesson.section', 'crisis_lesson.text', 'crisis_lesson.updated_at', 'account.full_name'])
    .where('crisis_lesson.crisis_id', '=', crisisId)
    .execute();
  return lessonSections.map((section) => {
    const row = rows.find((candidate) => candidate.section === section);
    return {
      section,
      text: row?.text ?? '',
      updatedBy: row?.full_name ?? null,
      updatedAt: row?.updated_at ?? null,
    };
  });
}

/** Writes one section (the team edits them while the crisis is open; a closed crisis is read-only). */
export async function saveLesson(
  deps: { store: Store; events: EventBus; now: () => Date },
  input: { crisisId: string; section: LessonSection; text: string },
  actor: SessionActor,
): Promise<Lesson[]> {
  const { db } = deps.store.connection;
  await transact(db, async ({ trx, afterCommit }) => {
    await requireOpenCrisis(trx, input.crisisId);
    const at = deps.now().toISOString();
    await trx
      .insertInto('crisis_lesson')
      .values({
        crisis_id: input.crisisId,
        section: input.section,
        text: input.text,
        updated_by: actor.accountId,
        updated_at: at,
      })
      .onConflict((conflict) =>
        conflict
          .columns(['crisis_id', 'section'])
          .doUpdateSet({ text: input.text, updated_by: actor.accountId, updated_at: at }),
      )
      .execute();
    await appendAudit(
      trx,
      {
        actorId: actor.accountId,
        action: 'crisis.lessonWritten',
        entityType: 'crisis',
        entityId: input.crisisId,
        data: { section: input.section, length: input.text.length },
      },
      at,
    );
    afterCommit(() => deps.events.emit('crises.changed', { crisisId: input.crisisId }));
  });
  return listLessons(db, input.crisisId);
}
