import type { Kysely } from 'kysely';
import type { Conference } from '../../../shared/ipc/conferences';
import type { Database } from '../db/schema';
import { readMailSettingsRow } from '../distribution/mailSettings';
import { inviteIcs } from './icsInvite';
import { invitationPayload } from './invitationMessage';

/** The conference as a plain calendar file (METHOD:PUBLISH): for the office calendar or a website. */
export async function conferenceIcs(db: Kysely<Database>, conference: Conference): Promise<string> {
  const row = await db
    .selectFrom('conference')
    .select(['ics_uid'])
    .where('id', '=', conference.id)
    .executeTakeFirstOrThrow();
  const office = await db
    .selectFrom('office')
    .select(['agency_name', 'email', 'default_language'])
    .executeTakeFirstOrThrow();
  const mail = await readMailSettingsRow(db);
  const payload = invitationPayload(
    {
      ...conference,
      speakers: conference.spokespersons.map((person) => person.fullName),
      uid: row.ics_uid,
    },
    conference.status === 'cancelled' ? 'CANCEL' : 'REQUEST',
    {
      agencyName: office.agency_name,
      fromName: mail?.from_name ?? office.agency_name,
      fromAddress: mail?.from_address ?? office.email,
      language: office.default_language === 'en' ? 'en' : 'id',
    },
    conference.updatedAt,
  );
  return inviteIcs({ ...payload.event, method: 'PUBLISH', attendee: null });
}
