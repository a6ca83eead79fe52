import { sql } from 'kysely';
import type { Role } from '../../../shared/accounts/roles';
import type { Revision, StatementListInput, StatementSummary, Timeline } from '../../../shared/ipc/statements';
import type { SessionActor } from '../kernel/context';
import { notFound } from '../kernel/errors';
import { statementMatches } from '../search/statementSearch';
import { mayDecide } from './approvalRound';
import { standingFor } from './standIns';
import { notDeciders, parseContent, peopleById, toSummaries, type Db } from './statementRepository';

type ListInput = Required<Omit<StatementListInput, 'authorId' | 'from' | 'to'>> &
  Pick<StatementListInput, 'authorId' | 'from' | 'to'>;

/** The statement list: filters, full-text search and sort in one query, then one page of it. */
export async function listStatements(db: Db, input: ListInput): Promise<{ items: StatementSummary[]; total: number }> {
  const matches = statementMatches(db, input.query);
  let query = db.selectFrom('statement');
  if (input.statuses.length) query = query.where('statement.status', 'in', input.statuses);
  if (input.kinds.length) query = query.where('statement.kind', 'in', input.kinds);
  if (input.authorId) query = query.where('statement.author_id', '=', input.authorId);
  if (input.from) query = query.where('statement.updated_at', '>=', input.from);
  if (input.to) query = query.where('statement.updated_at', '<=', input.to);
  const filtered = matches ? query.innerJoin(matches, 'fts.fts_id', 'statement.id') : query;

  const countAll = async () =>
    Number((await filtered.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  // With a search, the total rides along as a window count (one pass over the FTS match, not two);
  // without one, a separate count is cheaper: it keeps the page query a short walk of an index.
  let page = filtered
    .selectAll('statement')
    .select(matches ? sql<number>`count(*) over ()`.as('full_count') : sql<number>`null`.as('full_count'));
  switch (input.sort) {
    case 'relevance':
      // Without a search, relevance falls back to the newest change.
      page = matches ? page.orderBy('fts.fts_rank' as never) : page.orderBy('statement.updated_at', 'desc');
      break;
    case 'created_desc':
      page = page.orderBy('statement.created_at', 'desc');
      break;
    case 'title_asc':
      page = page.orderBy('statement.title');
      break;
    case 'number_desc':
      page = page.orderBy('statement.number', 'desc');
      break;
    default:
      page = page.orderBy('statement.updated_at', 'desc');
  }
  const rows = await page.orderBy('statement.id', 'desc').limit(input.limit).offset(input.offset).execute();
  // Paged past the end, the window count has no row to ride on.
  const windowTotal = rows[0]?.full_count;
  const total = matches && windowTotal !== undefined && windowTotal !== null ? windowTotal : await countAll();
  return { items: await toSummaries(db, rows), total: Number(total) };
}

/** What waits for the caller: decisions their roles owe, their statements sent back, drafts, approved ones to release. */
export async function myTasks(db: Db, actor: SessionActor, now: Date) {
  const inReview = await listStatements(db, listAll({ statuses: ['in_review'] }));
  const standing = await standingFor(db, actor.accountId, now.toISOString());
  const toDecide: StatementSummary[] = [];
  for (const item of inReview.items) {
    const step = item.pendingStep ? { roles: item.pendingStep.roles } : undefined;
    if (!mayDecide(step, actor, new Set(), standing)) continue;
    const excluded = await notDeciders(db, item.id, item.revisionNo);
    if (mayDecide(step, actor, excluded, standing)) toDecide.push(item);
  }
  const mine = (statuses: ListInput['statuses']) =>
    listStatements(db, listAll({ statuses, authorId: actor.accountId })).then((page) => page.items);
  const releasers: Role[] = ['drafter', 'reviewer', 'approver'];
  return {
    toDecide,
    changesRequested: await mine(['changes_requested']),
    drafts: await mine(['draft']),
    toRelease: actor.roles.some((role) => releasers.includes(role))
      ? (await listStatements(db, listAll({ statuses: ['approved'] }))).items
      : [],
  };
}

function listAll(filter: Partial<ListInput>): ListInput {
  return { statuses: [], kinds: [], query: '', sort: 'updated_desc', limit: 200, offset: 0, ...filter };
}

export async function statementTimeline(db: Db, id: string): Promise<Timeline> {
  const exists = await db.selectFrom('statement').select('id').where('id', '=', id).executeTakeFirst();
  if (!exists) throw notFound('statement', id);
  const revisions = await db
    .selectFrom('statement_revision')
    .select(['id', 'revision_no', 'author_id', 'created_at', 'hash'])
    .where('statement_id', '=', id)
    .orderBy('revision_no')
    .execute();
  const approvals = await db
    .selectFrom('statement_approval')
    .innerJoin('statement_revision', 'statement_revision.id', 'statement_approval.revision_id')
    .selectAll('statement_approval')
    .select('statement_revision.revision_no')
    .where('statement_approval.statement_id', '=', id)
    .orderBy('statement_approval.decided_at')
    .execute();
  const comments = await db
    .selectFrom('statement_comment')
    .innerJoin('statement_revision', 'statement_revision.id', 'statement_comment.revision_id')
    .selectAll('statement_comment')
    .select('statement_revision.revision_no')
    .where('statement_comment.statement_id', '=', id)
    .orderBy('statement_comment.created_at')
    .execute();
  const events = await db
    .selectFrom('audit_log')
    .select(['seq', 'at', 'actor_id', 'action', 'data'])
    .where('entity_type', '=', 'statement')
    .where('entity_id', '=', id)
    .orderBy('seq')
    .execute();
  const people = await peopleById(db, [
    ...revisions.map((row) => row.author_id),
    ...approvals.map((row) => row.account_id),
    ...comments.map((row) => row.author_id),
    ...events.flatMap((row) => (row.actor_id ? [row.actor_id] : [])),
  ]);
  const person = (accountId: string) => people.get(accountId) ?? { id: accountId, fullName: '?' };
  return {
    revisions: revisions.map((row) => ({
      id: row.id,
      revisionNo: row.revision_no,
      author: person(row.author_id),
      createdAt: row.created_at,
      hash: row.hash,
    })),
    approvals: approvals.map((row) => ({
      id: row.id,
      stepIndex: row.step_index,
      role: row.role,
      outcome: row.outcome,
      by: person(row.account_id),
      at: row.decided_at,
      revisionNo: row.revision_no,
      revisionHash: row.revision_hash,
      comment: row.comment,
      voidedAt: row.voided_at,
    })),
    comments: comments.map((row) => ({
      id: row.id,
      author: person(row.author_id),
      body: row.body,
      stepIndex: row.step_index,
      revisionNo: row.revision_no,
      createdAt: row.created_at,
    })),
    events: events.map((row) => ({
      seq: row.seq,
      at: row.at,
      action: row.action,
      actor: row.actor_id ? person(row.actor_id) : null,
      data: JSON.parse(row.data) as Record<string, unknown>,
    })),
  };
}

export async function readRevision(db: Db, statementId: string, revisionId: string): Promise<Revision> {
  const row = await db
    .selectFrom('statement_revision')
    .selectAll()
    .where('id', '=', revisionId)
    .where('statement_id', '=', statementId)
    .executeTakeFirst();
  if (!row) throw notFound('revision', revisionId);
  const people = await peopleById(db, [row.author_id]);
  return {
    id: row.id,
    revisionNo: row.revision_no,
    author: people.get(row.author_id) ?? { id: row.author_id, fullName: '?' },
    createdAt: row.created_at,
    hash: row.hash,
    content: parseContent(row.content_json),
  };
}
