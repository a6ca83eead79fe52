/** Statements a conference presents or that were released after it. */
export interface ConferenceStatementTable {
  conference_id: string;
  statement_id: string;
}
