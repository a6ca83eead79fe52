/** A comment on a statement, general (step_index null) or on an approval step. */
export interface StatementCommentTable {
  id: string;
  statement_id: string;
  /** The revision that was current when the comment was written. */
  revision_id: string;
  step_index: number | null;
  author_id: string;
  body: string;
  created_at: string;
}
