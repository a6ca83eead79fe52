import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import type { z } from 'zod';
import {
  segmentFilterSchema,
  type ContactSummary,
  type contactFilterSchema,
  type contactQuerySchema,
} from '../../../shared/ipc/contacts';
import { notFound } from '../kernel/errors';
import type { Database } from '../db/schema';
import { contactMatches } from '../search/contactSearch';
import { inListParameter, joinedText, listParameter } from '../db/portableSql';
import { reusableQuery } from '../db/reusableQuery';
import { idListLimit, type SelectionCache } from './selectionCache';

type ListInput = z.output<typeof contactQuerySchema>;
type SegmentFilter = z.output<typeof segmentFilterSchema>;
type ContactFilter = z.output<typeof contactFilterSchema>;

type ContactQuery = SelectQueryBuilder<Database, 'contact', object>;

/** The filter's conditions on a contacts query (a search's own fields, or a segment's saved ones). */
function applyFilter(start: ContactQuery, input: SegmentFilter, today: string): ContactQuery {
  let query = start;
  if (!input.includeInactive) query = query.where('contact.active', '=', 1);
  // Membership as `id IN (…)` over the (value, contact_id) indexes: SQLite can start from the few
  // matching people instead of probing every contact, which matters at 100,000.
  const anyOf = (table: 'contact_beat' | 'contact_region' | 'contact_tag', column: string, values: string[]) =>
    query.where('contact.id', 'in', (eb) =>
      eb
        .selectFrom(table as 'contact_beat')
        // The table's own column: a literal 'contact_beat.contact_id' here broke every tag filter.
        .select(sql.ref<string>(`${table}.contact_id`).as('contact_id'))
        .where(sql.ref(`${table}.${column}`), 'in', values),
    );
  if (input.beats.length) query = anyOf('contact_beat', 'beat', input.beats);
  if (input.regions.length) {
    // A province also matches the regencies in it ("32" finds "32.73"); a range, so the index serves it.
    query = query.where('contact.id', 'in', (eb) =>
      eb
        .selectFrom('contact_region')
        .select('contact_region.contact_id')
        .where((inner) =>
          inner.or(
            input.regions.flatMap((code) => [
              inner('contact_region.region_code', '=', code),
              inner.and([
                inner('contact_region.region_code', '>=', `${code}.`),
                inner('contact_region.region_code', '<', `${code}/`),
              ]),
            ]),
          ),
        ),
    );
  }
  if (input.tags.length) query = anyOf('contact_tag', 'tag', input.tags);
  if (input.languages.length) query = query.where('contact.language', 'in', input.languages);
  if (input.outletTypes.length) {
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('contact_outlet')
          .innerJoin('outlet', 'outlet.id', 'contact_outlet.outlet_id')
          .select(sql`1`.as('one'))
          .whereRef('contact_outlet.contact_id', '=', 'contact.id')
          .where('outlet.type', 'in', input.outletTypes),
      ),
    );
  }
  if (input.accreditation === 'valid') query = query.where('contact.accreditation_expiry', '>=', today);
  if (input.accreditation === 'expired') query = query.where('contact.accreditation_expiry', '<', today);
  if (input.accreditation === 'none') query = query.where('contact.accreditation_number', '=', '');
  if (input.retentionDue) query = query.where('contact.retain_until', '<', today);
  return query;
}

/**
 * The contacts a search selects (filters, a list or segment, typed words), as a query to select
 * from: the table's page, an export and distribution all read the same selection.
 */
export async function selectContacts(db: Kysely<Database>, input: ContactFilter, today: string) {
  const matches = contactMatches(db, input.query);
  let query = applyFilter(db.selectFrom('contact'), input, today);
  if (input.listId) {
    const list = await db
      .selectFrom('contact_list')
      .select(['kind', 'filter_json'])
      .where('id', '=', input.listId)
      .executeTakeFirst();
    if (!list) throw notFound('contact_list', input.listId);
    if (list.kind === 'segment') {
      // A segment's saved filter applies on top of what is typed now (a search within the segment).
      const saved = segmentFilterSchema.parse(JSON.parse(list.filter_json ?? '{}'));
      query = applyFilter(query, saved, today);
      const savedMatches = contactMatches(db, saved.query);
      if (savedMatches)
        query = query.where('contact.id', 'in', (eb) => eb.selectFrom(savedMatches).select('cfts.cfts_id'));
    } else {
      const listId = input.listId;
      query = query.where('contact.id', 'in', (eb) =>
        eb
          .selectFrom('contact_list_member')
          .select('contact_list_member.contact_id')
          .where('contact_list_member.list_id', '=', listId),
      );
    }
  }
  const filtered = matches ? query.innerJoin(matches, 'cfts.cfts_id', 'contact.id') : query;
  return { filtered, matches };
}

/** Whether a filter narrows the address book (so its selection may be small enough to keep whole). */
function narrows(input: ListInput): boolean {
  return (
    input.query.trim() !== '' ||
    input.listId !== undefined ||
    input.beats.length > 0 ||
    input.regions.length > 0 ||
    input.tags.length > 0 ||
    input.languages.length > 0 ||
    input.outletTypes.length > 0 ||
    input.accreditation !== 'any' ||
    input.retentionDue
  );
}

/**
 * One page of contacts for the table: filters as index lookups over the child tables, full-text
 * search as a join, the primary outlet, e-mail and phone per row.
 *
 * With a `cache`, what a filter selects is remembered until the next write: its total (so a page
 * does not recount 100,000 rows), and for a narrow selection (a list, a segment, a search) every
 * id in order, so later pages are a slice — a 1,000-member list is then not found again by
 * walking every name for its members on each screenful.
 */
export async function listContacts(db: Kysely<Database>, input: ListInput, today: string, cache?: SelectionCache) {
  const { limit, offset, ...selection } = input;
  const key = JSON.stringify({ ...selection, today });
  const { known, stamp } = cache?.get(key) ?? { known: undefined, stamp: 0 };
  if (known?.ids) {
    return { items: await summaries(db, known.ids.slice(offset, offset + limit)), total: known.total };
  }
  const { filtered, matches } = await selectContacts(db, input, today);
  const byRelevance = input.sort === 'relevance' && matches !== null;
  let ordered = filtered.select([
    'contact.id as page_id',
    byRelevance ? sql<number>`cfts.cfts_rank`.as('page_rank') : sql<number>`0`.as('page_rank'),
  ]);
  ordered = byRelevance
    ? ordered.orderBy(sql`cfts.cfts_rank`)
    : input.sort === 'updated_desc'
      ? ordered.orderBy('contact.updated_at', 'desc')
      : ordered.orderBy('contact.full_name');
  ordered = ordered.orderBy('contact.id');

  let total = known?.total;
  if (total === undefined) {
    const counted = await filtered.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    total = Number(counted.n);
    if (cache && narrows(input) && total <= idListLimit) {
      const ids = (await ordered.execute()).map((row) => row.page_id);
      cache.set(key, { total: ids.length, ids }, stamp);
      return { items: await summaries(db, ids.slice(offset, offset + limit)), total: ids.length };
    }
    cache?.set(key, { total, ids: null }, stamp);
  }
  // Two steps: the page's ids first (walked from the covering sort index, however deep the page),
  // then the columns and per-row lookups for just those rows — not for every row skipped.
  const pageIds = (await ordered.limit(limit).offset(offset).execute()).map((row) => row.page_id);
  return { items: await summaries(db, pageIds), total };
}

/** The table's columns for a list of ids: built once (reusableQuery.ts), run for every page. */
const summaryRows = reusableQuery((db: Kysely<Database>, slot: (name: 'ids') => string) =>
  db
    .selectFrom('contact')
    .where(inListParameter(db, 'contact.id', slot('ids')))
    .select([
      'contact.id',
      'contact.full_name',
      'contact.do_not_contact',
      'contact.active',
      'contact.retain_until',
      'contact.updated_at',
    ])
    .select((eb) => [
      eb
        .selectFrom('contact_outlet')
        .innerJoin('outlet', 'outlet.id', 'contact_outlet.outlet_id')
        .select('outlet.name')
        .whereRef('contact_outlet.contact_id', '=', 'contact.id')
        .orderBy('contact_outlet.is_primary', 'desc')
        .limit(1)
        .as('outlet'),
      eb
        .selectFrom('contact_outlet')
        .select('contact_outlet.position')
        .whereRef('contact_outlet.contact_id', '=', 'contact.id')
        .orderBy('contact_outlet.is_primary', 'desc')
        .limit(1)
        .as('position'),
      eb
        .selectFrom('contact_email')
        .select('contact_email.address')
        .whereRef('contact_email.contact_id', '=', 'contact.id')
        .orderBy('contact_email.is_primary', 'desc')
        .limit(1)
        .as('email'),
      eb
        .selectFrom('contact_phone')
        .select('contact_phone.e164')
        .whereRef('contact_phone.contact_id', '=', 'contact.id')
        .orderBy('contact_phone.is_primary', 'desc')
        .limit(1)
        .as('phone'),
      sql<string | null>`(select ${joinedText(db, 'beat', ',')} from contact_beat
        where contact_beat.contact_id = contact.id)`.as('beats'),
    ]),
);

/** The table's rows for these ids, in the order given: primary outlet, e-mail, phone and beats each. */
async function summaries(db: Kysely<Database>, ids: string[]): Promise<ContactSummary[]> {
  if (ids.length === 0) return [];
  const rows = await summaryRows(db, { ids: listParameter(db, ids) });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    return [
      {
        id: row.id,
        fullName: row.full_name,
        outlet: row.outlet ?? null,
        position: (row.position ?? null) as ContactSummary['position'],
        email: row.email ?? null,
        phone: row.phone ?? null,
        beats: row.beats ? row.beats.split(',').sort() : [],
        doNotContact: row.do_not_contact === 1,
        active: row.active === 1,
        retainUntil: row.retain_until,
        updatedAt: row.updated_at,
      },
    ];
  });
}

/**
 * Who a distribution may reach among what a search selects: active people who have not asked to
 * be left alone. Distribution must select through this, never through `selectContacts` alone.
 */
export async function reachableContactIds(
  db: Kysely<Database>,
  input: ContactFilter,
  today: string,
): Promise<string[]> {
  const { filtered } = await selectContacts(db, input, today);
  const rows = await filtered
    .select('contact.id')
    .where('contact.do_not_contact', '=', 0)
    .where('contact.active', '=', 1)
    .orderBy('contact.full_name')
    .execute();
  return rows.map((row) => row.id);
}
