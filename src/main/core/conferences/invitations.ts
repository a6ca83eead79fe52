import type { WriteScope } from '../kernel/writeScope';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { inviteSchema } from '../../../shared/ipc/conferences';
import type { SessionActor } from '../kernel/context';
import type { Database } from '../db/schema';
import { CoreError, notFound } from '../kernel/errors';
import { newId } from '../kernel/ids';
import { resolveAudience } from '../distribution/audience';
import { readMailSettingsRow } from '../distribution/mailSettings';
import { insertOutboxRows } from '../distribution/outboxRows';
import { wakeAfterCommit, type OutboxWake } from '../distribution/outboxWake';
import {
  invitationPayload,
  type InvitationPayload,
  type InvitationSource,
  type PreviousInvitation,
} from './invitationMessage';

type InviteInput = z.output<typeof inviteSchema>;

const open = ['queued', 'retry', 'unknown'] as const;

async function source(trx: Kysely<Database>, id: string): Promise<InvitationSource & { status: string }> {
  const row = await trx.selectFrom('conference').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('conference', id);
  const speakers = await trx
    .selectFrom('conference_spokesperson')
    .innerJoin('account', 'account.id', 'conference_spokesperson.account_id')
    .select('account.full_name')
    .where('conference_spokesperson.conference_id', '=', id)
    .orderBy('conference_spokesperson.position')
    .execute();
  const guests = await trx
    .selectFrom('conference_guest_speaker')
    .select(['name', 'role'])
    .where('conference_id', '=', id)
    .orderBy('position')
    .execute();
  return {
    status: row.status,
    title: row.title,
    kind: row.kind,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    zone: row.zone,
    venueName: row.venue_name,
    venueAddress: row.venue_address,
    onlineLink: row.online_link,
    speakers: [
      ...speakers.map((speaker) => speaker.full_name),
      ...guests.map((guest) => (guest.role ? `${guest.name} (${guest.role})` : guest.name)),
    ],
    agenda: JSON.parse(row.agenda_json) as InvitationSource['agenda'],
    uid: row.ics_uid,
    sequence: row.sequence,
  };
}

/** The event as the invitees were last sent it (the newest invitation job), or null before any. */
async function lastSent(trx: Kysely<Database>, conferenceId: string): Promise<PreviousInvitation | null> {
  const job = await trx
    .selectFrom('distribution')
    .select('payload_json')
    .where('conference_id', '=', conferenceId)
    .where('kind', '=', 'invitation')
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  if (!job?.payload_json) return null;
  const { event } = JSON.parse(job.payload_json) as InvitationPayload;
  return { startsAt: event.startsAt, endsAt: event.endsAt, zone: event.zone, location: event.location };
}

/**
 * Invitations go through the distribution outbox (same retries, limits, crash safety), one job
 * per sending, each message with an .ics that names its attendee. New invitations reach people
 * not invited before; `notifyInvitees` sends the current version (or the cancellation) to everyone
 * invited, and supersedes what an earlier job had not yet sent.
 */

export interface InvitationResult {
  distributionId: string | null;
  recipients: number;
  alreadyInvited: number;
}

/** The answer to a request already carried out (a retried click sends nothing twice). */
export async function earlierSending(db: Kysely<Database>, requestId: string): Promise<InvitationResult | undefined> {
  const job = await db
    .selectFrom('distribution')
    .select(['id', 'recipient_count'])
    .where('request_id', '=', requestId)
    .executeTakeFirst();
  return job && { distributionId: job.id, recipients: job.recipient_count, alreadyInvited: 0 };
}

async function createJob(
  w: WriteScope<SessionActor>,
  outbox: OutboxWake,
  conferenceId: string,
  requestId: string,
  method: 'REQUEST' | 'CANCEL',
  recipients: { contactId: string | null; name: string | null; address: string }[],
  audience: unknown,
): Promise<string> {
  const { trx, at } = w;
  const settings = await readMailSettingsRow(trx);
  if (!settings) throw new CoreError('CONFLICT', 'No mail server is set up', { reason: 'smtpNotConfigured' });
  const office = await trx.selectFrom('office').select(['agency_name', 'default_language']).executeTakeFirstOrThrow();
  const payload = invitationPayload(
    await source(trx, conferenceId),
    method,
    {
      agencyName: office.agency_name,
      fromName: settings.from_name,
      fromAddress: settings.from_address,
      language: office.default_language === 'en' ? 'en' : 'id',
    },
    at,
    await lastSent(trx, conferenceId),
  );
  const jobId = newId();
  await trx
    .insertInto('distribution')
    .values({
      id: jobId,
      request_id: requestId,
      kind: 'invitation',
      statement_id: null,
      revision_id: null,
      revision_hash: null,
      conference_id: conferenceId,
      payload_json: JSON.stringify(payload),
      channels_json: '["email"]',
      attachment: 'none',
      audience_json: JSON.stringify(audience),
      status: 'sending',
      pause_reason: null,
      pause_detail: null,
      resume_at: null,
      not_before: at,
      deadline_at: new Date(Date.parse(at) + settings.retry_hours * 3_600_000).toISOString(),
      recipient_count: recipients.length,
      created_by: w.actor.accountId,
      created_at: at,
      updated_at: at,
      completed_at: null,
    })
    .execute();
  await insertOutboxRows(trx, jobId, recipients, settings.from_address, at, at);
  await w.audit(
    method === 'CANCEL' ? 'conference.cancellationSent' : 'conference.invitationSent',
    'conference',
    conferenceId,
    { distributionId: jobId, recipients: recipients.length, sequence: payload.event.sequence },
  );
  w.emit('conferences.changed', { conferenceId });
  wakeAfterCommit(w, outbox, jobId);
  return jobId;
}

/** Invites the audience's people not invited before (`today` is the office day, for opt-outs and lists). */
export async function inviteToConference(
  w: WriteScope<SessionActor>,
  outbox: OutboxWake,
  input: InviteInput,
  today: string,
): Promise<InvitationResult> {
  const { trx, at } = w;
  const conference = await source(trx, input.conferenceId);
  if (conference.status === 'cancelled' || conference.status === 'done') {
    throw new CoreError('CONFLICT', `Conference is ${conference.status}`, { reason: 'conferenceClosed' });
  }
  const { recipients } = await resolveAudience(trx, input.audience, today);
  const invited = await trx
    .selectFrom('conference_invitee')
    .select(['contact_id', 'address'])
    .where('conference_id', '=', input.conferenceId)
    .execute();
  const known = new Set(invited.flatMap((row) => [row.contact_id, row.address]).filter(Boolean));
  const fresh = recipients.filter((r) => !known.has(r.contactId) && !known.has(r.address));
  if (fresh.length === 0) {
    return { distributionId: null, recipients: 0, alreadyInvited: recipients.length };
  }
  const outlets = await trx
    .selectFrom('contact_outlet')
    .innerJoin('outlet', 'outlet.id', 'contact_outlet.outlet_id')
    .select(['contact_outlet.contact_id', 'outlet.name'])
    .where('contact_outlet.is_primary', '=', 1)
    .where(
      'contact_outlet.contact_id',
      'in',
      fresh.map((r) => r.contactId),
    )
    .execute();
  const outletOf = new Map(outlets.map((row) => [row.contact_id, row.name]));
  for (const recipient of fresh) {
    await trx
      .insertInto('conference_invitee')
      .values({
        id: newId(),
        conference_id: input.conferenceId,
        contact_id: recipient.contactId,
        name: recipient.name,
        address: recipient.address,
        outlet: outletOf.get(recipient.contactId) ?? null,
        invited_at: at,
        rsvp: 'none',
        rsvp_at: null,
        checked_in_at: null,
        walk_in: 0,
        updated_at: at,
      })
      .execute();
  }
  if (input.delivery === 'recorded') {
    // Invited outside Siaga (a call, a WhatsApp group, a letter): recorded, nothing sent.
    await w.audit('conference.invitationRecorded', 'conference', input.conferenceId, {
      recipients: fresh.length,
    });
    w.emit('conferences.changed', { conferenceId: input.conferenceId });
    return { distributionId: null, recipients: fresh.length, alreadyInvited: recipients.length - fresh.length };
  }
  const distributionId = await createJob(
    w,
    outbox,
    input.conferenceId,
    input.requestId,
    'REQUEST',
    fresh,
    input.audience,
  );
  return { distributionId, recipients: fresh.length, alreadyInvited: recipients.length - fresh.length };
}

/** The current version (or the cancellation) to everyone invited so far. */
export async function notifyInvitees(
  w: WriteScope<SessionActor>,
  outbox: OutboxWake,
  conferenceId: string,
  requestId: string,
): Promise<InvitationResult> {
  const { trx, at } = w;
  const conference = await source(trx, conferenceId);
  const people = await trx
    .selectFrom('conference_invitee')
    .select(['contact_id as contactId', 'name', 'address'])
    .where('conference_id', '=', conferenceId)
    .where('invited_at', 'is not', null)
    .where('address', 'is not', null)
    .execute();
  if (people.length === 0) throw new CoreError('CONFLICT', 'Nobody was invited yet', { reason: 'nobodyInvited' });
  // What an earlier job had not sent yet is out of date: the new job carries the news.
  const stale = await trx
    .selectFrom('distribution')
    .select('id')
    .where('conference_id', '=', conferenceId)
    .where('status', 'in', ['sending', 'scheduled', 'paused'])
    .execute();
  for (const job of stale) {
    await trx
      .updateTable('outbox')
      .set({ status: 'cancelled', reason: 'superseded', updated_at: at })
      .where('distribution_id', '=', job.id)
      .where('status', 'in', open)
      .execute();
    await trx
      .updateTable('distribution')
      .set({ status: 'cancelled', completed_at: at, updated_at: at })
      .where('id', '=', job.id)
      .execute();
  }
  const method = conference.status === 'cancelled' ? 'CANCEL' : 'REQUEST';
  const distributionId = await createJob(
    w,
    outbox,
    conferenceId,
    requestId,
    method,
    people.map((person) => ({ ...person, address: person.address! })),
    { invitees: true },
  );
  return { distributionId, recipients: people.length, alreadyInvited: 0 };
}
