import type { Kysely } from 'kysely';
import type { Role } from '../../../shared/accounts/roles';
import type { Person, StatementContent, StatementSummary } from '../../../shared/ipc/statements';
import type { ZonedInstant } from '../../../shared/time/zonedInstant';
import type { Database } from '../db/schema';
import type { StatementRow } from '../db/schema/statement';
import { pendingStepIndex, toRoundSteps, type RoundDecision, type RoundStep } from './approvalRound';

export type Db = Kysely<Database>;

/** Names of accounts by id, for the people a statement mentions. */
export async function peopleById(
  db: Db,
  ids: Iterable<string>,
): Promise<Map<string, { id: string; fullName: string }>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.selectFrom('account').select(['id', 'full_name']).where('id', 'in', unique).execute();
  return new Map(rows.map((row) => [row.id, { id: row.id, fullName: row.full_name }]));
}

/** Active accounts with their roles: the pickers for spokesperson and media contact, and the author filter. */
export async function listPeople(db: Db): Promise<Person[]> {
  const rows = await db
    .selectFrom('account')
    .select(['id', 'full_name', 'position', 'email', 'phone'])
    .where('active', '=', 1)
    .orderBy('full_name')
    .execute();
  const roles = await db.selectFrom('account_role').select(['account_id', 'role']).orderBy('role').execute();
  return rows.map((row) => ({
    id: row.id,
    fullName: row.full_name,
    position: row.position,
    email: row.email,
    phone: row.phone,
    roles: roles.filter((role) => role.account_id === row.id).map((role) => role.role),
  }));
}

export async function accountRoles(db: Db, accountId: string): Promise<Role[]> {
  const rows = await db.selectFrom('account_role').select('role').where('account_id', '=', accountId).execute();
  return rows.map((row) => row.role);
}

export function parseChain(row: Pick<StatementRow, 'chain_json'>): RoundStep[] {
  return toRoundSteps(JSON.parse(row.chain_json) as Parameters<typeof toRoundSteps>[0]);
}

export function parseContent(json: string): StatementContent {
  return JSON.parse(json) as StatementContent;
}

function zoned(at: string | null, zone: string | null): ZonedInstant | null {
  return at && zone ? ({ at, zone } as ZonedInstant) : null;
}

/** Standing decisions of the current round, per statement, for the pending step of each. */
export async function roundDecisions(db: Db, statementIds: string[]): Promise<Map<string, RoundDecision[]>> {
  const byStatement = new Map<string, RoundDecision[]>();
  if (statementIds.length === 0) return byStatement;
  const rows = await db
    .selectFrom('statement_approval')
    .select(['statement_id', 'step_index', 'outcome', 'revision_id', 'voided_at'])
    .where('statement_id', 'in', statementIds)
    .where('voided_at', 'is', null)
    .execute();
  for (const row of rows) {
    const list = byStatement.get(row.statement_id) ?? [];
    list.push({
      stepIndex: row.step_index,
      outcome: row.outcome,
      revisionId: row.revision_id,
      voidedAt: row.voided_at,
    });
    byStatement.set(row.statement_id, list);
  }
  return byStatement;
}

/** List rows to summaries, with author names and the step each in-review statement waits on. */
export async function toSummaries(db: Db, rows: StatementRow[]): Promise<StatementSummary[]> {
  const people = await peopleById(
    db,
    rows.map((row) => row.author_id),
  );
  const inReview = rows.filter((row) => row.status === 'in_review').map((row) => row.id);
  const decisions = await roundDecisions(db, inReview);
  return rows.map((row) => {
    let pendingStep: StatementSummary['pendingStep'] = null;
    if (row.status === 'in_review') {
      const chain = parseChain(row);
      const index = pendingStepIndex(chain, decisions.get(row.id) ?? [], row.current_revision_id);
      const step = index === null ? undefined : chain[index];
      if (index !== null && step) pendingStep = { index, roles: step.roles };
    }
    return {
      id: row.id,
      number: row.number,
      kind: row.kind,
      language: row.language,
      status: row.status,
      title: row.title,
      summary: row.summary,
      tags: JSON.parse(row.tags_json) as string[],
      author: people.get(row.author_id) ?? { id: row.author_id, fullName: '?' },
      revisionNo: row.revision_no,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      releasedAt: row.released_at,
      embargoUntil: zoned(row.embargo_at, row.embargo_zone),
      pendingStep,
    };
  });
}

export function findStatementRow(db: Db, id: string): Promise<StatementRow | undefined> {
  return db.selectFrom('statement').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function contentAuthors(db: Db, statementId: string, upToRevisionNo: number): Promise<Set<string>> {
  const rows = await db
    .selectFrom('statement_revision')
    .select('author_id')
    .distinct()
    .where('statement_id', '=', statementId)
    .where('revision_no', '<=', upToRevisionNo)
    .execute();
  return new Set(rows.map((row) => row.author_id));
}

/**
 * Who has decided a step of the statement's current round, in their own name or as the approver a
 * stand-in acted for: one person decides at most one step of a round, so two steps always mean two
 * people, whatever roles one account holds.
 */
export async function roundDeciders(db: Db, statementId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('statement_approval')
    .select(['account_id', 'on_behalf_of'])
    .where('statement_id', '=', statementId)
    .where('voided_at', 'is', null)
    .where('outcome', '=', 'approved')
    .execute();
  return new Set(rows.flatMap((row) => (row.on_behalf_of ? [row.account_id, row.on_behalf_of] : [row.account_id])));
}

/** Who may not decide the pending step: the content's authors (four eyes) and the round's deciders. */
export async function notDeciders(db: Db, statementId: string, upToRevisionNo: number): Promise<Set<string>> {
  const authors = await contentAuthors(db, statementId, upToRevisionNo);
  for (const decider of await roundDeciders(db, statementId)) authors.add(decider);
  return authors;
}

/** The content and hash of a statement's current revision. */
export async function currentRevision(
  db: Db,
  row: Pick<StatementRow, 'current_revision_id'>,
): Promise<{ content: StatementContent; hash: string }> {
  const revision = await db
    .selectFrom('statement_revision')
    .select(['content_json', 'hash'])
    .where('id', '=', row.current_revision_id)
    .executeTakeFirstOrThrow();
  return { content: parseContent(revision.content_json), hash: revision.hash };
}
