import type { ConferenceKind } from '../../../shared/conferences/vocabulary';
import type { Language } from '../../../shared/ipc/preferences';
import type { OfficeTimeZone } from '../../../shared/ipc/office';
import { escapeHtml } from '../../../shared/statements/outputs/htmlOutput';
import { formatInstant, zoneAbbreviations } from '../../../shared/time/formatInstant';
import { instantToWallTime } from '../../../shared/time/zonedInstant';
import type { MailContent } from '../distribution/mailMessage';
import { inviteIcs, type InviteEvent } from './icsInvite';

/** What an invitation job sends: fixed when the job is made, so a later change is a new job. */
export interface InvitationPayload {
  method: 'REQUEST' | 'CANCEL';
  event: Omit<InviteEvent, 'attendee' | 'method'>;
  subject: string;
  text: string;
}

const words = {
  id: {
    kind: {
      press_conference: 'Konferensi pers',
      doorstop: 'Doorstop',
      media_briefing: 'Media briefing',
      press_tour: 'Press tour',
    },
    invite: 'Undangan',
    update: 'Perubahan undangan',
    cancel: 'Dibatalkan',
    greeting: 'Yth. rekan media,',
    inviteLine: 'Kami mengundang Anda menghadiri kegiatan berikut.',
    updateLine: 'Ada perubahan pada kegiatan yang telah kami undangkan. Mohon perhatikan keterangan terbaru berikut.',
    cancelLine: 'Dengan menyesal kami sampaikan bahwa kegiatan berikut DIBATALKAN.',
    time: 'Waktu',
    place: 'Tempat',
    online: 'Tautan daring',
    speakers: 'Narasumber',
    agenda: 'Agenda',
    rsvp: 'Mohon konfirmasi kehadiran dengan membalas surel ini.',
    newTime: 'Waktu baru',
    oldTime: 'Sebelumnya',
    newPlace: 'Tempat baru',
    oldPlace: 'Sebelumnya',
  },
  en: {
    kind: {
      press_conference: 'Press conference',
      doorstop: 'Doorstop',
      media_briefing: 'Media briefing',
      press_tour: 'Press tour',
    },
    invite: 'Invitation',
    update: 'Updated invitation',
    cancel: 'Cancelled',
    greeting: 'Dear colleagues of the press,',
    inviteLine: 'We invite you to the following event.',
    updateLine: 'The event we invited you to has changed. Please note the details below.',
    cancelLine: 'We regret to inform you that the following event is CANCELLED.',
    time: 'Time',
    place: 'Venue',
    online: 'Online link',
    speakers: 'Speakers',
    agenda: 'Agenda',
    rsvp: 'Please confirm your attendance by replying to this e-mail.',
    newTime: 'New time',
    oldTime: 'Was',
    newPlace: 'New venue',
    oldPlace: 'Was',
  },
} as const;

export interface InvitationSource {
  title: string;
  kind: ConferenceKind;
  startsAt: string;
  endsAt: string;
  zone: OfficeTimeZone;
  venueName: string;
  venueAddress: string;
  onlineLink: string;
  speakers: string[];
  agenda: { title: string; speaker: string; minutes: number }[];
  uid: string;
  sequence: number;
}

/** "1 Desember 2026, 10.00–11.00 WITA": the event's own zone, named. */
export function eventTime(
  source: { startsAt: string; endsAt: string; zone: OfficeTimeZone },
  language: Language,
): string {
  const start = formatInstant(source.startsAt, source.zone, language);
  const end = instantToWallTime(source.endsAt, source.zone)
    .slice(11, 16)
    .replace(':', language === 'id' ? '.' : ':');
  const abbreviation = zoneAbbreviations[source.zone] ?? source.zone;
  return `${start.replace(` ${abbreviation}`, '')}–${end} ${abbreviation}`;
}

/** What the invitees were last sent, so a change can say what it changes. */
export interface PreviousInvitation {
  startsAt: string;
  endsAt: string;
  zone: OfficeTimeZone;
  location: string;
}

/** "Konferensi pers: Banjir Sleman", but not "Konferensi pers: Konferensi pers banjir Sleman". */
function titled(kind: string, title: string): string {
  return title.toLowerCase().startsWith(kind.toLowerCase()) ? title : `${kind}: ${title}`;
}

/**
 * The job's payload: subject, body text and the calendar event, in the office's language. A
 * change names the old time and venue beside the new ones (`previous`: what was last sent).
 */
export function invitationPayload(
  source: InvitationSource,
  method: 'REQUEST' | 'CANCEL',
  office: { agencyName: string; fromName: string; fromAddress: string; language: Language },
  stamp: string,
  previous: PreviousInvitation | null = null,
): InvitationPayload {
  const w = words[office.language];
  const kind = w.kind[source.kind];
  const changing = method === 'REQUEST' && source.sequence > 0;
  const heading = method === 'CANCEL' ? w.cancel : changing ? w.update : w.invite;
  const place = [source.venueName, source.venueAddress].filter(Boolean).join(', ');
  const location = [place, source.onlineLink].filter(Boolean).join(' — ');
  const when = eventTime(source, office.language);
  const timeMoved =
    changing &&
    previous !== null &&
    (previous.startsAt !== source.startsAt || previous.endsAt !== source.endsAt || previous.zone !== source.zone);
  const placeMoved = changing && previous !== null && previous.location !== location;
  const lines = [
    w.greeting,
    '',
    method === 'CANCEL' ? w.cancelLine : changing ? w.updateLine : w.inviteLine,
    '',
    titled(kind, source.title),
    timeMoved ? `${w.newTime}: ${when} (${w.oldTime}: ${eventTime(previous, office.language)})` : `${w.time}: ${when}`,
    place && placeMoved ? `${w.newPlace}: ${place} (${w.oldPlace}: ${previous.location || '—'})` : null,
    place && !placeMoved ? `${w.place}: ${place}` : null,
    source.onlineLink ? `${w.online}: ${source.onlineLink}` : null,
    source.speakers.length ? `${w.speakers}: ${source.speakers.join(', ')}` : null,
    ...(source.agenda.length && method === 'REQUEST'
      ? [
          '',
          `${w.agenda}:`,
          ...source.agenda.map(
            (item, index) => `${index + 1}. ${item.title}${item.speaker ? ` (${item.speaker})` : ''}`,
          ),
        ]
      : []),
    '',
    method === 'REQUEST' ? w.rsvp : null,
    '',
    office.agencyName,
  ].filter((line): line is string => line !== null);
  const text = `${lines.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
  return {
    method,
    subject: timeMoved
      ? `${heading}: ${titled(kind, source.title)} — ${w.newTime.toLowerCase()} ${when}`
      : `${heading}: ${titled(kind, source.title)}`,
    text,
    event: {
      uid: source.uid,
      sequence: source.sequence,
      summary: titled(kind, source.title),
      description: text,
      location,
      url: source.onlineLink || null,
      startsAt: source.startsAt,
      endsAt: source.endsAt,
      zone: source.zone,
      stamp,
      organizer: { name: office.fromName || office.agencyName, email: office.fromAddress },
    },
  };
}

/** One recipient's message: the body for everyone, the .ics naming them as the attendee. */
export function invitationContent(
  payload: InvitationPayload,
  recipient: { name: string | null; address: string },
): MailContent {
  const ics = inviteIcs({
    ...payload.event,
    method: payload.method,
    attendee: { name: recipient.name ?? '', email: recipient.address },
  });
  return {
    subject: payload.subject,
    text: payload.text,
    html: `<!doctype html><html><head><meta charset="utf-8"></head><body>${payload.text
      .split('\n')
      .map((line) => `<p>${escapeHtml(line)}</p>`)
      .join('')}</body></html>`,
    headers: { 'X-Siaga-Conference': payload.event.uid },
    attachments: [],
    icalEvent: {
      method: payload.method,
      filename: payload.method === 'CANCEL' ? 'pembatalan.ics' : 'undangan.ics',
      content: ics,
    },
  };
}

/** "Konferensi pers" / "Press conference": the kind as printed on paper and in mail. */
export const conferenceKindName = (kind: ConferenceKind, language: Language): string => words[language].kind[kind];
