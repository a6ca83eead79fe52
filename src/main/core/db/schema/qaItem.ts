/** The reusable Q&A bank: anticipated questions with approved answers, per topic (and crisis). */
export interface QaItemTable {
  id: string;
  topic: string;
  question: string;
  answer: string;
  crisis_id: string | null;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
}
