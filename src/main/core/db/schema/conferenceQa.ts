/** An anticipated question from the Q&A bank chosen for a conference's briefing pack. */
export interface ConferenceQaTable {
  conference_id: string;
  qa_id: string;
  /** Order in the briefing pack. */
  position: number;
}
