import type { Kysely } from 'kysely';
import { lessonSections, type LessonSection } from '../../../shared/crises/vocabulary';
import type { Lesson } from '../../../shared/ipc/crises';
import type { Database } from '../db/schema';
import { notFound } from '../kernel/errors';
import type { SessionActor } from '../kernel/context';
import type { WriteScope } from '../kernel/writeScope';
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
  w: WriteScope<SessionActor>,
  input: { crisisId: string; section: LessonSection; text: string },
): Promise<void> {
  await requireOpenCrisis(w.trx, input.crisisId);
  const author = { text: input.text, updated_by: w.actor.accountId, updated_at: w.at };
  await w.trx
    .insertInto('crisis_lesson')
    .values({ crisis_id: input.crisisId, section: input.section, ...author })
    .onConflict((conflict) => conflict.columns(['crisis_id', 'section']).doUpdateSet(author))
    .execute();
  await w.audit('crisis.lessonWritten', 'crisis', input.crisisId, {
    section: input.section,
    length: input.text.length,
  });
  w.emit('crises.changed', { crisisId: input.crisisId });
}
