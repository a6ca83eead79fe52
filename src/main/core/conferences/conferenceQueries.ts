import { sql, type Kysely } from 'kysely';
import type { Conference, ConferenceSummary, ConferenceWarning } from '../../../shared/ipc/conferences';
import type { Database } from '../db/schema';
import { jsonNumber } from '../db/portableSql';
import type { ConferenceRow } from '../db/schema/conference';
import { notFound } from '../kernel/errors';

async function invitedCounts(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('conference_invitee')
    .select(['conference_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('conference_id', 'in', ids)
    .where('invited_at', 'is not', null)
    .groupBy('conference_id')
    .execute();
  return new Map(rows.map((row) => [row.conference_id, Number(row.n)]));
}

function summary(row: ConferenceRow, invited: number): ConferenceSummary {
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    status: row.status,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    zone: row.zone,
    venueMode: row.venue_mode,
    venueName: row.venue_name,
    invitedCount: invited,
  };
}

/** Conferences that touch a period (the calendar's month or week), in time order. */
export async function listConferences(db: Kysely<Database>, range: { from: string | null; to: string | null }) {
  let query = db.selectFrom('conference').selectAll();
  if (range.to) query = query.where('starts_at', '<', range.to);
  if (range.from) query = query.where('ends_at', '>', range.from);
  const rows = await query.orderBy('starts_at').orderBy('id').limit(2000).execute();
  const counts = await invitedCounts(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => summary(row, counts.get(row.id) ?? 0));
}

/** One conference whole, with the warnings it stands under now. */
export async function readConference(
  db: Kysely<Database>,
  id: string,
  warnings: ConferenceWarning[] = [],
): Promise<Conference> {
  const row = await db.selectFrom('conference').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('conference', id);
  const spokespersons = await db
    .selectFrom('conference_spokesperson')
    .innerJoin('account', 'account.id', 'conference_spokesperson.account_id')
    .select(['account.id', 'account.full_name as fullName'])
    .where('conference_spokesperson.conference_id', '=', id)
    .orderBy('conference_spokesperson.position')
    .execute();
  const guestSpeakers = await db
    .selectFrom('conference_guest_speaker')
    .select(['name', 'role'])
    .where('conference_id', '=', id)
    .orderBy('position')
    .execute();
  const moderator = row.moderator_id
    ? await db
        .selectFrom('account')
        .select(['id', 'full_name as fullName'])
        .where('id', '=', row.moderator_id)
        .executeTakeFirst()
    : undefined;
  const statements = await db
    .selectFrom('conference_statement')
    .innerJoin('statement', 'statement.id', 'conference_statement.statement_id')
    .select(['statement.id', 'statement.number', 'statement.title', 'statement.status'])
    .where('conference_statement.conference_id', '=', id)
    .orderBy('statement.created_at')
    .execute();
  const reschedules = await db
    .selectFrom('conference_reschedule')
    .innerJoin('account', 'account.id', 'conference_reschedule.changed_by')
    .select([
      'conference_reschedule.from_starts_at as fromStartsAt',
      'conference_reschedule.from_ends_at as fromEndsAt',
      'conference_reschedule.from_zone as fromZone',
      'conference_reschedule.changed_at as at',
      'account.full_name as by',
      'conference_reschedule.reason',
    ])
    .where('conference_reschedule.conference_id', '=', id)
    .orderBy('conference_reschedule.changed_at')
    .execute();
  const qa = await db
    .selectFrom('conference_qa')
    .innerJoin('qa_item', 'qa_item.id', 'conference_qa.qa_id')
    .select(['qa_item.id', 'qa_item.topic', 'qa_item.question', 'qa_item.answer'])
    .where('conference_qa.conference_id', '=', id)
    .orderBy('conference_qa.position')
    .execute();
  const invited = (await invitedCounts(db, [id])).get(id) ?? 0;
  // The newest version invitees were sent: each invitation job fixed its event (and SEQUENCE).
  const notified = await db
    .selectFrom('distribution')
    .select(sql<number | null>`max(${jsonNumber(db, 'payload_json', '$.event.sequence')})`.as('sequence'))
    .where('conference_id', '=', id)
    .where('kind', '=', 'invitation')
    .executeTakeFirst();
  return {
    ...summary(row, invited),
    venueAddress: row.venue_address,
    onlineLink: row.online_link,
    spokespersons,
    guestSpeakers,
    moderator: moderator ?? null,
    agenda: JSON.parse(row.agenda_json) as Conference['agenda'],
    statements,
    keyMessages: row.key_messages,
    talkingPoints: row.talking_points,
    qa,
    notes: row.notes,
    sequence: row.sequence,
    notifiedSequence: notified?.sequence ?? null,
    reschedules,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    warnings,
  };
}
