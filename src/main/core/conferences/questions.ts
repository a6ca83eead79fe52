import type { WriteScope } from '../kernel/writeScope';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { QaItem, qaInputSchema, Question, questionInputSchema } from '../../../shared/ipc/conferences';
import { isActiveAccount } from '../accounts/accountRepository';
import type { SessionActor } from '../kernel/context';
import type { Database } from '../db/schema';
import { notFound } from '../kernel/errors';
import { newId } from '../kernel/ids';
import { fieldError } from '../kernel/validationError';

type QuestionInput = z.output<typeof questionInputSchema>;
type QaInput = z.output<typeof qaInputSchema>;

/** Questions asked at a conference: open follow-ups first, then in the order they were asked. */
export async function listQuestions(db: Kysely<Database>, conferenceId: string): Promise<Question[]> {
  const rows = await db
    .selectFrom('conference_question')
    .leftJoin('account', 'account.id', 'conference_question.owner_id')
    .selectAll('conference_question')
    .select(['account.full_name as owner_name'])
    .where('conference_question.conference_id', '=', conferenceId)
    .orderBy((eb) => eb.case().when('conference_question.status', '=', 'open').then(0).else(1).end())
    .orderBy('conference_question.created_at')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    conferenceId: row.conference_id,
    contactId: row.contact_id,
    journalist: row.journalist,
    outlet: row.outlet,
    question: row.question,
    answer: row.answer,
    followUp: row.follow_up === 1,
    owner: row.owner_id && row.owner_name ? { id: row.owner_id, fullName: row.owner_name } : null,
    dueOn: row.due_on,
    status: row.status,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }));
}

export async function listQaBank(db: Kysely<Database>): Promise<QaItem[]> {
  const rows = await db
    .selectFrom('qa_item')
    .select(['id', 'topic', 'question', 'answer', 'updated_at as updatedAt'])
    .where('archived_at', 'is', null)
    .orderBy('topic')
    .orderBy('updated_at', 'desc')
    .execute();
  return rows;
}

/* After the event: questions to answer and follow up (owner, due date) until done; the Q&A bank. */
export async function saveQuestion(w: WriteScope<SessionActor>, input: QuestionInput) {
  const { trx, at } = w;
  const conference = await trx
    .selectFrom('conference')
    .select('id')
    .where('id', '=', input.conferenceId)
    .executeTakeFirst();
  if (!conference) throw notFound('conference', input.conferenceId);
  if (input.ownerId && !(await isActiveAccount(trx, input.ownerId))) {
    throw fieldError(['ownerId'], 'unknown_person');
  }
  const values = {
    contact_id: input.contactId,
    journalist: input.journalist,
    outlet: input.outlet,
    question: input.question,
    answer: input.answer,
    follow_up: input.followUp ? 1 : 0,
    owner_id: input.ownerId,
    due_on: input.dueOn,
    status: input.status,
    updated_at: at,
  };
  let questionId = input.id;
  if (questionId) {
    const changed = await trx
      .updateTable('conference_question')
      .set(values)
      .where('id', '=', questionId)
      .where('conference_id', '=', input.conferenceId)
      .executeTakeFirst();
    if (Number(changed.numUpdatedRows) === 0) throw notFound('question', questionId);
  } else {
    questionId = newId();
    await trx
      .insertInto('conference_question')
      .values({ id: questionId, conference_id: input.conferenceId, created_at: at, ...values })
      .execute();
  }
  await w.audit(
    input.id ? 'conference.questionUpdated' : 'conference.questionRecorded',
    'conference',
    input.conferenceId,
    { question: questionId, status: input.status, followUp: input.followUp },
  );
  w.emit('conferences.changed', { conferenceId: input.conferenceId });
  return questionId;
}

export async function saveQa(w: WriteScope<SessionActor>, input: QaInput) {
  const { trx, at } = w;
  let itemId = input.id;
  if (itemId) {
    const changed = await trx
      .updateTable('qa_item')
      .set({ topic: input.topic, question: input.question, answer: input.answer, updated_at: at })
      .where('id', '=', itemId)
      .executeTakeFirst();
    if (Number(changed.numUpdatedRows) === 0) throw notFound('qa_item', itemId);
  } else {
    itemId = newId();
    await trx
      .insertInto('qa_item')
      .values({
        id: itemId,
        topic: input.topic,
        question: input.question,
        answer: input.answer,
        crisis_id: null,
        created_at: at,
        updated_at: at,
        archived_at: null,
      })
      .execute();
  }
  await w.audit(input.id ? 'qa.updated' : 'qa.created', 'qa_item', itemId, { topic: input.topic });
  return itemId;
}

export async function archiveQa(w: WriteScope<SessionActor>, id: string) {
  const { trx, at } = w;
  const changed = await trx
    .updateTable('qa_item')
    .set({ archived_at: at })
    .where('id', '=', id)
    .where('archived_at', 'is', null)
    .executeTakeFirst();
  if (Number(changed.numUpdatedRows) === 0) throw notFound('qa_item', id);
  await w.audit('qa.archived', 'qa_item', id);
}
