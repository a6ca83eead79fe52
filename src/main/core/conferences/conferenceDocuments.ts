import type { Kysely } from 'kysely';
import type { Conference, ConferenceDocumentKind, Invitee } from '../../../shared/ipc/conferences';
import type { Language } from '../../../shared/ipc/preferences';
import { renderText } from '../../../shared/statements/outputs/textOutput';
import { formatInstant, zoneAbbreviations } from '../../../shared/time/formatInstant';
import type { OfficeTimeZone } from '../../../shared/ipc/office';
import { instantToWallTime } from '../../../shared/time/zonedInstant';
import type { Database } from '../db/schema';
import { documentFile, documentOffice } from '../documents/documentFile';
import type { DocumentBlock, SimpleDocument } from '../documents/simpleDocument';
import { outputInput } from '../statements/exportService';
import { readConference } from './conferenceQueries';
import { conferenceKindName, eventTime } from './invitationMessage';
import { listInvitees } from './invitees';

const words = {
  id: {
    attendance: 'Rekap Kehadiran',
    signIn: 'Daftar Hadir',
    briefing: 'Bahan Briefing Juru Bicara',
    time: 'Waktu',
    venue: 'Tempat',
    online: 'Tautan daring',
    speakers: 'Juru bicara',
    moderator: 'Moderator',
    no: 'No.',
    name: 'Nama',
    outlet: 'Media',
    contact: 'Surel',
    signature: 'Tanda tangan',
    rsvp: 'Konfirmasi',
    present: 'Datang',
    accreditation: 'Akreditasi',
    note: 'Keterangan',
    walkIn: 'datang tanpa undangan',
    valid: 'berlaku',
    expired: 'tidak berlaku',
    answers: { none: 'belum menjawab', yes: 'akan hadir', no: 'tidak hadir', maybe: 'mungkin' },
    summary: (n: { invited: number; yes: number; present: number; walkIns: number }) =>
      `Diundang ${n.invited} · akan hadir ${n.yes} · sudah datang ${n.present} · tanpa undangan ${n.walkIns}`,
    erased: '(data dihapus)',
    agenda: 'Susunan acara',
    minutes: 'menit',
    keyMessages: 'Pesan kunci',
    talkingPoints: 'Poin pembicaraan',
    statements: 'Pernyataan resmi terkait',
    noStatements: 'Belum ada pernyataan resmi yang disetujui untuk kegiatan ini.',
    qa: 'Antisipasi pertanyaan dan jawaban',
    noQa: 'Belum ada pertanyaan yang dipilih dari bank tanya-jawab.',
    attendees: 'Peserta',
    noAttendees: 'Belum ada peserta yang mengonfirmasi kehadiran.',
    question: 'T',
    answer: 'J',
    made: 'Dibuat',
    confidential: 'Untuk kalangan internal',
  },
  en: {
    attendance: 'Attendance Record',
    signIn: 'Sign-in Sheet',
    briefing: 'Spokesperson Briefing Pack',
    time: 'Time',
    venue: 'Venue',
    online: 'Online link',
    speakers: 'Spokespersons',
    moderator: 'Moderator',
    no: 'No.',
    name: 'Name',
    outlet: 'Outlet',
    contact: 'E-mail',
    signature: 'Signature',
    rsvp: 'RSVP',
    present: 'Arrived',
    accreditation: 'Accreditation',
    note: 'Note',
    walkIn: 'walk-in',
    valid: 'valid',
    expired: 'not valid',
    answers: { none: 'no answer', yes: 'coming', no: 'not coming', maybe: 'maybe' },
    summary: (n: { invited: number; yes: number; present: number; walkIns: number }) =>
      `Invited ${n.invited} · coming ${n.yes} · arrived ${n.present} · walk-ins ${n.walkIns}`,
    erased: '(data erased)',
    agenda: 'Agenda',
    minutes: 'min',
    keyMessages: 'Key messages',
    talkingPoints: 'Talking points',
    statements: 'Related official statements',
    noStatements: 'No approved statement is linked to this event yet.',
    qa: 'Anticipated questions and answers',
    noQa: 'No question has been chosen from the Q&A bank yet.',
    attendees: 'Attendees',
    noAttendees: 'Nobody has confirmed attendance yet.',
    question: 'Q',
    answer: 'A',
    made: 'Produced',
    confidential: 'Internal',
  },
} as const;
type Words = (typeof words)[Language];

/** Empty rows on the sign-in sheet for people who come without an invitation. */
const blankSignInRows = 10;
const approvedStatuses = new Set(['approved', 'released', 'corrected']);

interface Context {
  conference: Conference;
  invitees: Invitee[];
  office: { agencyName: string; unitName: string; timeZone: string };
  language: Language;
  now: string;
}

function heading(
  context: Context,
  title: string,
): Pick<SimpleDocument, 'letterhead' | 'title' | 'subtitle' | 'footer'> {
  const { conference, office, language } = context;
  return {
    letterhead: [office.agencyName, office.unitName].filter(Boolean),
    title,
    subtitle: `${conferenceKindName(conference.kind, language)}: ${conference.title}`,
    footer: `${words[language].made} ${formatInstant(context.now, office.timeZone, language)} · Siaga`,
  };
}

function eventFacts(context: Context, w: Words): DocumentBlock {
  const { conference } = context;
  const place = [conference.venueName, conference.venueAddress].filter(Boolean).join(', ');
  const rows: [string, string][] = [[w.time, eventTime(conference, context.language)]];
  if (place) rows.push([w.venue, place]);
  if (conference.onlineLink) rows.push([w.online, conference.onlineLink]);
  const speakers = [
    ...conference.spokespersons.map((person) => person.fullName),
    ...conference.guestSpeakers.map((guest) => (guest.role ? `${guest.name} (${guest.role})` : guest.name)),
  ];
  if (speakers.length) rows.push([w.speakers, speakers.join(', ')]);
  if (conference.moderator) rows.push([w.moderator, conference.moderator.fullName]);
  return { kind: 'facts', rows };
}

/** "10.05 WITA": the time of day in the event's zone (the date is in the heading). */
function clockTime(iso: string, zone: OfficeTimeZone, language: Language): string {
  const time = instantToWallTime(iso, zone).slice(11, 16);
  return `${language === 'id' ? time.replace(':', '.') : time} ${zoneAbbreviations[zone] ?? zone}`;
}

/** Who is expected at the door: said yes or maybe, or already there. */
const expected = (invitees: Invitee[]) =>
  invitees.filter((person) => person.rsvp === 'yes' || person.rsvp === 'maybe' || person.checkedInAt !== null);

function attendanceDocument(context: Context): SimpleDocument {
  const w = words[context.language];
  const { invitees } = context;
  const accreditation = (person: Invitee) =>
    person.accredited === null ? '—' : person.accredited ? w.valid : w.expired;
  return {
    ...heading(context, w.attendance),
    landscape: true,
    blocks: [
      eventFacts(context, w),
      {
        kind: 'paragraph',
        bold: true,
        text: w.summary({
          invited: invitees.filter((person) => person.invitedAt !== null).length,
          yes: invitees.filter((person) => person.rsvp === 'yes').length,
          present: invitees.filter((person) => person.checkedInAt !== null).length,
          walkIns: invitees.filter((person) => person.walkIn).length,
        }),
      },
      {
        kind: 'table',
        columns: [
          { label: w.no, width: 1 },
          { label: w.name, width: 5 },
          { label: w.outlet, width: 4 },
          { label: w.rsvp, width: 2 },
          { label: w.present, width: 3 },
          { label: w.accreditation, width: 2 },
          { label: w.note, width: 3 },
        ],
        rows: invitees.map((person, index) => [
          String(index + 1),
          person.name ?? w.erased,
          person.outlet ?? '',
          person.walkIn && person.rsvp === 'none' ? '—' : w.answers[person.rsvp],
          person.checkedInAt ? clockTime(person.checkedInAt, context.conference.zone, context.language) : '',
          accreditation(person),
          person.walkIn ? w.walkIn : '',
        ]),
      },
    ],
  };
}

/**
 * The sheet people sign at the door: every invitee (it is printed before anyone arrives) and the
 * walk-ins already recorded, then blank rows for those who come unannounced.
 */
function signInDocument(context: Context): SimpleDocument {
  const w = words[context.language];
  const people = context.invitees;
  const rows = people.map((person, index) => [String(index + 1), person.name ?? w.erased, person.outlet ?? '', '', '']);
  for (let index = 0; index < blankSignInRows; index++) rows.push([String(people.length + index + 1), '', '', '', '']);
  return {
    ...heading(context, w.signIn),
    blocks: [
      eventFacts(context, w),
      {
        kind: 'table',
        rowHeight: 30,
        columns: [
          { label: w.no, width: 1 },
          { label: w.name, width: 5 },
          { label: w.outlet, width: 4 },
          { label: w.contact, width: 4 },
          { label: w.signature, width: 4 },
        ],
        rows,
      },
    ],
  };
}

async function briefingDocument(db: Kysely<Database>, context: Context): Promise<SimpleDocument> {
  const w = words[context.language];
  const { conference } = context;
  const blocks: DocumentBlock[] = [eventFacts(context, w)];
  const paragraphs = (text: string): DocumentBlock[] =>
    text
      .split(/\n{2,}/)
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => ({ kind: 'paragraph', text: part }));
  if (conference.agenda.length) {
    blocks.push({ kind: 'heading', text: w.agenda });
    blocks.push({
      kind: 'numbered',
      items: conference.agenda.map((item) =>
        [item.title, item.speaker && `(${item.speaker})`, item.minutes > 0 && `— ${item.minutes} ${w.minutes}`]
          .filter(Boolean)
          .join(' '),
      ),
    });
  }
  if (conference.keyMessages.trim())
    blocks.push({ kind: 'heading', text: w.keyMessages }, ...paragraphs(conference.keyMessages));
  if (conference.talkingPoints.trim()) {
    blocks.push({ kind: 'heading', text: w.talkingPoints }, ...paragraphs(conference.talkingPoints));
  }

  blocks.push({ kind: 'heading', text: w.qa });
  if (conference.qa.length === 0) blocks.push({ kind: 'paragraph', text: w.noQa });
  for (const [index, item] of conference.qa.entries()) {
    blocks.push({
      kind: 'paragraph',
      bold: true,
      text: `${index + 1}. [${item.topic}] ${w.question}: ${item.question}`,
    });
    blocks.push({ kind: 'paragraph', text: `${w.answer}: ${item.answer}` });
  }

  // The statements are printed whole, as approved: the spokesperson quotes them, never paraphrases.
  blocks.push({ kind: 'heading', text: w.statements });
  const approved = conference.statements.filter((statement) => approvedStatuses.has(statement.status));
  if (approved.length === 0) blocks.push({ kind: 'paragraph', text: w.noStatements });
  for (const statement of approved) {
    const text = renderText(await outputInput(db, statement.id));
    blocks.push({
      kind: 'paragraph',
      bold: true,
      text: [statement.number, statement.title].filter(Boolean).join(' — '),
    });
    blocks.push({ kind: 'paragraph', text: text.trim() });
  }

  blocks.push({ kind: 'heading', text: w.attendees });
  const people = expected(context.invitees);
  if (people.length === 0) blocks.push({ kind: 'paragraph', text: w.noAttendees });
  else {
    blocks.push({
      kind: 'table',
      columns: [
        { label: w.no, width: 1 },
        { label: w.name, width: 6 },
        { label: w.outlet, width: 5 },
        { label: w.rsvp, width: 3 },
        { label: w.present, width: 2 },
      ],
      rows: people.map((person, index) => [
        String(index + 1),
        person.name ?? w.erased,
        person.outlet ?? '',
        person.walkIn && person.rsvp === 'none' ? w.walkIn : w.answers[person.rsvp],
        person.checkedInAt ? clockTime(person.checkedInAt, context.conference.zone, context.language) : '—',
      ]),
    });
  }
  const head = heading(context, w.briefing);
  return { ...head, subtitle: `${head.subtitle} · ${w.confidential}`, blocks };
}

/** A conference's paperwork as a file: the attendance record, the sign-in sheet or the briefing pack. */
export async function conferenceDocument(
  db: Kysely<Database>,
  input: { id: string; document: ConferenceDocumentKind; format: 'pdf' | 'docx'; language: Language },
  now: Date,
) {
  const conference = await readConference(db, input.id);
  const context: Context = {
    conference,
    invitees: await listInvitees(db, input.id),
    office: await documentOffice(db),
    language: input.language,
    now: now.toISOString(),
  };
  const document =
    input.document === 'attendance'
      ? attendanceDocument(context)
      : input.document === 'signIn'
        ? signInDocument(context)
        : await briefingDocument(db, context);
  const day = instantToWallTime(conference.startsAt, conference.zone).slice(0, 10);
  return documentFile(document, input.format, `${document.title} ${day} ${conference.title}`);
}
