import { regionLabel } from '../../../shared/contacts/regions';
import type { OutboxStatus } from '../../../shared/distribution/vocabulary';
import type { RsvpAnswer } from '../../../shared/conferences/vocabulary';
import type { Contact } from '../../../shared/ipc/contacts';
import type { Language } from '../../../shared/ipc/preferences';
import { formatInstant } from '../../../shared/time/formatInstant';
import { documentPdf } from '../documents/documentPdf';
import type { DocumentBlock } from '../documents/simpleDocument';
import { contactWords } from './contactWords';
import { dialledNumber } from './phone';

export interface PersonalDataDocument {
  exportedAt: string;
  subject: Contact;
  processing: { at: string; action: string; by: string | null; details: unknown }[];
  lists: { name: string; since: string }[];
  /** Every statement distributed to the person: what, when, to which address, and the outcome. */
  messages: {
    statement: string;
    number: string | null;
    address: string | null;
    status: string;
    sentAt: string | null;
    createdAt: string;
  }[];
  /** Every press conference the person was invited to or came to: the answer, the check-in. */
  conferences: {
    conference: string;
    startsAt: string;
    invitedAt: string | null;
    rsvp: string;
    rsvpAt: string | null;
    checkedInAt: string | null;
    walkIn: boolean;
  }[];
  /** Every question the person asked at a conference, with the answer recorded. */
  questions: { conference: string; askedAt: string; question: string; answer: string; status: string }[];
}

/** Who sends the document and in which zone its times are read: the office. */
export interface PersonalDataOffice {
  agencyName: string;
  unitName: string;
  timeZone: string;
}

/** The document's own words, in the language the person asked for (the UI's). */
const labels = {
  id: {
    title: 'Data Pribadi yang Disimpan',
    intro: 'Salinan seluruh data tentang subjek data beserta riwayat pemrosesannya (UU 27/2022 Pasal 7).',
    made: 'Dibuat',
    fields: 'Data',
    processing: 'Riwayat pemrosesan',
    lists: 'Daftar distribusi',
    messages: 'Pesan yang dikirim',
    conferences: 'Undangan dan kehadiran konferensi pers',
    questions: 'Pertanyaan yang diajukan',
    when: 'Waktu',
    what: 'Kegiatan',
    by: 'Oleh',
    system: 'Sistem',
    list: 'Daftar',
    since: 'Sejak',
    statement: 'Pernyataan',
    address: 'Alamat',
    status: 'Status',
    conference: 'Kegiatan',
    invited: 'Diundang',
    answer: 'Konfirmasi',
    present: 'Hadir',
    walkIn: 'datang tanpa undangan',
    question: 'Pertanyaan',
    reply: 'Jawaban',
    none: 'Tidak ada.',
    yes: 'ya',
    no: 'tidak',
    whatsapp: 'WhatsApp',
    names: {
      fullName: 'Nama',
      affiliations: 'Media dan jabatan',
      emails: 'Email',
      phones: 'Telepon',
      socials: 'Media sosial',
      beats: 'Liputan',
      regions: 'Wilayah',
      tags: 'Tag',
      language: 'Bahasa',
      accreditation: 'Akreditasi pers',
      preferredChannel: 'Saluran utama',
      notes: 'Catatan',
      status: 'Aktif / jangan dihubungi',
      lastContactedAt: 'Terakhir dihubungi',
      lawfulBasis: 'Dasar pemrosesan',
      dataSource: 'Sumber data',
      collectedOn: 'Tanggal dikumpulkan',
      consentRecord: 'Catatan persetujuan',
      retainUntil: 'Disimpan sampai',
    },
    actions: {
      'contact.created': 'Data dicatat',
      'contacts.imported': 'Data dicatat dari berkas impor',
      'contact.updated': 'Data diubah',
      'contact.optedOut': 'Permintaan berhenti berlangganan dicatat',
      'contact.personalDataExported': 'Salinan data pribadi dibuat',
      'contact.returnedAfterErasure': 'Ditambahkan kembali atas permintaan sendiri',
    } as Record<string, string>,
    outbox: {
      queued: 'antre',
      sending: 'sedang dikirim',
      retry: 'dicoba ulang',
      unknown: 'belum pasti',
      sent: 'terkirim',
      failed: 'gagal',
      cancelled: 'dibatalkan',
    } satisfies Record<OutboxStatus, string>,
    rsvp: { none: 'belum menjawab', yes: 'akan hadir', no: 'tidak hadir', maybe: 'mungkin' } satisfies Record<
      RsvpAnswer,
      string
    >,
    questionStatus: { open: 'belum dijawab', done: 'sudah dijawab' } as Record<string, string>,
  },
  en: {
    title: 'Personal Data Held',
    intro: 'A copy of all data about the data subject and how it was processed (Law 27/2022, art. 7).',
    made: 'Produced',
    fields: 'Data',
    processing: 'Processing history',
    lists: 'Distribution lists',
    messages: 'Messages sent',
    conferences: 'Press conference invitations and attendance',
    questions: 'Questions asked',
    when: 'When',
    what: 'What',
    by: 'By',
    system: 'System',
    list: 'List',
    since: 'Since',
    statement: 'Statement',
    address: 'Address',
    status: 'Status',
    conference: 'Event',
    invited: 'Invited',
    answer: 'Reply',
    present: 'Present',
    walkIn: 'walk-in',
    question: 'Question',
    reply: 'Answer',
    none: 'None.',
    yes: 'yes',
    no: 'no',
    whatsapp: 'WhatsApp',
    names: {
      fullName: 'Name',
      affiliations: 'Outlets and positions',
      emails: 'E-mail',
      phones: 'Phone',
      socials: 'Social media',
      beats: 'Beats',
      regions: 'Regions',
      tags: 'Tags',
      language: 'Language',
      accreditation: 'Press accreditation',
      preferredChannel: 'Preferred channel',
      notes: 'Notes',
      status: 'Active / do not contact',
      lastContactedAt: 'Last contacted',
      lawfulBasis: 'Lawful basis',
      dataSource: 'Source of the data',
      collectedOn: 'Date collected',
      consentRecord: 'Consent record',
      retainUntil: 'Retain until',
    },
    actions: {
      'contact.created': 'Data recorded',
      'contacts.imported': 'Data recorded from an imported file',
      'contact.updated': 'Data changed',
      'contact.optedOut': 'Opt-out request recorded',
      'contact.personalDataExported': 'Copy of personal data produced',
      'contact.returnedAfterErasure': 'Added again at their own request',
    } as Record<string, string>,
    outbox: {
      queued: 'queued',
      sending: 'sending',
      retry: 'retrying',
      unknown: 'not yet certain',
      sent: 'sent',
      failed: 'failed',
      cancelled: 'cancelled',
    } satisfies Record<OutboxStatus, string>,
    rsvp: { none: 'no reply', yes: 'attending', no: 'not attending', maybe: 'maybe' } satisfies Record<
      RsvpAnswer,
      string
    >,
    questionStatus: { open: 'not answered yet', done: 'answered' } as Record<string, string>,
  },
} as const;

type Words = (typeof labels)[Language];

/** "31 Desember 2026" / "31 December 2026": a calendar day as the reader writes it. */
function formatDay(day: string | null, language: Language): string {
  if (!day) return '';
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(language === 'id' ? 'id-ID' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, date)));
}

function fieldRows(
  contact: Contact,
  words: Words,
  language: Language,
  time: (iso: string) => string,
): [string, string][] {
  const vocabulary = contactWords[language];
  const yesNo = (value: boolean) => (value ? words.yes : words.no);
  const n = words.names;
  return [
    [n.fullName, contact.fullName],
    [
      n.affiliations,
      contact.affiliations.map((a) => `${a.outletName} (${vocabulary.positions[a.position]})`).join('\n'),
    ],
    [n.emails, contact.emails.map((e) => e.address).join('\n')],
    [
      n.phones,
      contact.phones.map((p) => `${dialledNumber(p.e164)}${p.whatsapp ? ` (${words.whatsapp})` : ''}`).join('\n'),
    ],
    [n.socials, contact.socials.map((s) => `${vocabulary.platforms[s.platform]}: ${s.handle}`).join('\n')],
    [n.beats, contact.beats.map((beat) => vocabulary.beats[beat]).join(', ')],
    [n.regions, contact.regions.map(regionLabel).join('\n')],
    [n.tags, contact.tags.join(', ')],
    [n.language, (vocabulary.languages as Record<string, string>)[contact.language] ?? contact.language],
    [
      n.accreditation,
      [contact.accreditationNumber, formatDay(contact.accreditationExpiry, language)].filter(Boolean).join(' · '),
    ],
    [n.preferredChannel, vocabulary.channels[contact.preferredChannel]],
    [n.notes, contact.notes],
    [n.status, `${yesNo(contact.active)} / ${yesNo(contact.doNotContact)}`],
    [n.lastContactedAt, contact.lastContactedAt ? time(contact.lastContactedAt) : ''],
    [n.lawfulBasis, vocabulary.lawfulBases[contact.lawfulBasis]],
    [n.dataSource, contact.dataSource],
    [n.collectedOn, formatDay(contact.collectedOn, language)],
    [n.consentRecord, contact.consentRecord],
    [n.retainUntil, formatDay(contact.retainUntil, language)],
  ].map(([label, value]) => [label ?? '', value || '—']);
}

/** A table, or a line saying there is nothing, under its heading. */
function section(heading: string, columns: [string, number][], rows: string[][], words: Words): DocumentBlock[] {
  return [
    { kind: 'heading', text: heading },
    rows.length === 0
      ? { kind: 'paragraph', text: words.none }
      : { kind: 'table', columns: columns.map(([label, width]) => ({ label, width })), rows },
  ];
}

/**
 * The personal-data export as a document the person can read and keep, on the office's
 * letterhead: the fields in words (no codes), then what was done with them, every time in the
 * office's zone. The JSON export carries the same data for machines.
 */
export function personalDataPdf(
  document: PersonalDataDocument,
  language: Language,
  office: PersonalDataOffice,
): Promise<Buffer> {
  const words = labels[language];
  const time = (iso: string) => formatInstant(iso, office.timeZone, language);
  const action = (code: string) => words.actions[code] ?? code;
  const blocks: DocumentBlock[] = [
    { kind: 'paragraph', text: words.intro },
    { kind: 'heading', text: words.fields },
    { kind: 'facts', rows: fieldRows(document.subject, words, language, time) },
    ...section(
      words.processing,
      [
        [words.when, 3],
        [words.what, 4],
        [words.by, 3],
      ],
      document.processing.map((event) => [time(event.at), action(event.action), event.by ?? words.system]),
      words,
    ),
    ...section(
      words.lists,
      [
        [words.list, 4],
        [words.since, 3],
      ],
      document.lists.map((list) => [list.name, time(list.since)]),
      words,
    ),
    ...section(
      words.messages,
      [
        [words.when, 3],
        [words.statement, 5],
        [words.address, 3],
        [words.status, 2],
      ],
      document.messages.map((message) => [
        time(message.sentAt ?? message.createdAt),
        [message.number, message.statement].filter(Boolean).join(' '),
        message.address ?? '—',
        (words.outbox as Record<string, string>)[message.status] ?? message.status,
      ]),
      words,
    ),
    ...section(
      words.conferences,
      [
        [words.conference, 5],
        [words.invited, 3],
        [words.answer, 2],
        [words.present, 3],
      ],
      document.conferences.map((item) => [
        `${item.conference}\n${time(item.startsAt)}`,
        item.walkIn ? words.walkIn : item.invitedAt ? time(item.invitedAt) : '—',
        (words.rsvp as Record<string, string>)[item.rsvp] ?? item.rsvp,
        item.checkedInAt ? time(item.checkedInAt) : '—',
      ]),
      words,
    ),
    ...section(
      words.questions,
      [
        [words.when, 3],
        [words.question, 5],
        [words.reply, 5],
      ],
      document.questions.map((item) => [
        `${time(item.askedAt)}\n${item.conference}`,
        item.question,
        item.answer || (words.questionStatus[item.status] ?? item.status),
      ]),
      words,
    ),
  ];
  return documentPdf({
    letterhead: [office.agencyName, office.unitName].filter(Boolean),
    title: words.title,
    subtitle: document.subject.fullName,
    blocks,
    footer: `${words.made} ${time(document.exportedAt)} · Siaga`,
  });
}
