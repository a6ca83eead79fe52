/**
 * One person's unsaved typing on a statement, autosaved every few seconds so a crash or a closed
 * window loses almost nothing. Not a revision: saving turns it into one and removes it.
 */
export interface StatementWorkingCopyTable {
  statement_id: string;
  account_id: string;
  base_revision_id: string;
  content_json: string;
  saved_at: string;
}
