import type { QuestionStatus } from '../../../../shared/conferences/vocabulary';
/** A question asked at a conference, and its follow-up until done. */
export interface ConferenceQuestionTable {
  id: string;
  conference_id: string;
  contact_id: string | null;
  journalist: string;
  outlet: string;
  question: string;
  answer: string;
  follow_up: number;
  owner_id: string | null;
  due_on: string | null;
  /** open | done */
  status: QuestionStatus;
  created_at: string;
  updated_at: string;
}
