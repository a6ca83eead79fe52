import PDFDocument from 'pdfkit';
import { registerPdfFonts } from '../documents/pdfFonts';
import { regionLabel } from '../../../shared/contacts/regions';
import type { Contact } from '../../../shared/ipc/contacts';

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

/** The document's own words, in the language the person asked for (the UI's). */
const labels = {
  id: {
    title: 'Data pribadi yang disimpan',
    intro: 'Salinan seluruh data tentang subjek data beserta riwayat pemrosesannya (UU 27/2022 Pasal 7).',
    exportedAt: 'Dibuat',
    fields: 'Data',
    processing: 'Riwayat pemrosesan',
    lists: 'Daftar distribusi',
    messages: 'Pesan yang dikirim',
    conferences: 'Undangan dan kehadiran konferensi pers',
    invited: 'diundang',
    checkedIn: 'hadir',
    walkIn: 'datang tanpa undangan',
    questions: 'Pertanyaan yang diajukan',
    none: '—',
    yes: 'ya',
    no: 'tidak',
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
  },
  en: {
    title: 'Personal data held',
    intro: 'A copy of all data about the data subject and how it was processed (Law 27/2022, art. 7).',
    exportedAt: 'Produced',
    fields: 'Data',
    processing: 'Processing history',
    lists: 'Distribution lists',
    messages: 'Messages sent',
    conferences: 'Press conference invitations and attendance',
    invited: 'invited',
    checkedIn: 'checked in',
    walkIn: 'walk-in',
    questions: 'Questions asked',
    none: '—',
    yes: 'yes',
    no: 'no',
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
  },
} as const;

function rowsOf(contact: Contact, words: (typeof labels)['id' | 'en']): [string, string][] {
  const yesNo = (value: boolean) => (value ? words.yes : words.no);
  const n = words.names;
  return [
    [n.fullName, contact.fullName],
    [n.affiliations, contact.affiliations.map((a) => `${a.outletName} (${a.position})`).join('\n')],
    [n.emails, contact.emails.map((e) => e.address).join('\n')],
    [n.phones, contact.phones.map((p) => `${p.e164}${p.whatsapp ? ' (WhatsApp)' : ''}`).join('\n')],
    [n.socials, contact.socials.map((s) => `${s.platform}: ${s.handle}`).join('\n')],
    [n.beats, contact.beats.join(', ')],
    [n.regions, contact.regions.map(regionLabel).join('\n')],
    [n.tags, contact.tags.join(', ')],
    [n.language, contact.language],
    [n.accreditation, [contact.accreditationNumber, contact.accreditationExpiry].filter(Boolean).join(' · ')],
    [n.preferredChannel, contact.preferredChannel],
    [n.notes, contact.notes],
    [n.status, `${yesNo(contact.active)} / ${yesNo(contact.doNotContact)}`],
    [n.lastContactedAt, contact.lastContactedAt ?? ''],
    [n.lawfulBasis, contact.lawfulBasis],
    [n.dataSource, contact.dataSource],
    [n.collectedOn, contact.collectedOn],
    [n.consentRecord, contact.consentRecord],
    [n.retainUntil, contact.retainUntil ?? ''],
  ];
}

/** The personal-data export as a PDF a person can read and keep: the fields, then the history. */
export function personalDataPdf(document: PersonalDataDocument, language: 'id' | 'en'): Promise<Buffer> {
  const words = labels[language];
  const pdf = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 56, left: 56, right: 56 },
    info: { Title: `${words.title}: ${document.subject.fullName}`, Creator: 'Siaga' },
  });
  registerPdfFonts(pdf, 'sans');
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  const width = pdf.page.width - 112;
  pdf.font('bold').fontSize(16).text(words.title);
  pdf.font('bold').fontSize(13).text(document.subject.fullName);
  pdf.moveDown(0.3).font('regular').fontSize(9).text(words.intro, { width });
  pdf.text(`${words.exportedAt}: ${document.exportedAt}`);

  pdf.moveDown().font('bold').fontSize(12).text(words.fields);
  pdf.fontSize(9);
  for (const [label, value] of rowsOf(document.subject, words)) {
    const y = pdf.y + 3;
    pdf.font('bold').text(label, 56, y, { width: 150 });
    const afterLabel = pdf.y;
    pdf.font('regular').text(value || words.none, 216, y, { width: width - 160 });
    pdf.y = Math.max(pdf.y, afterLabel);
    pdf.x = 56;
  }

  pdf.moveDown().font('bold').fontSize(12).text(words.processing, 56);
  pdf.fontSize(9);
  for (const event of document.processing) {
    const details = JSON.stringify(event.details);
    pdf
      .font('regular')
      .text(`${event.at}  ${event.action}  ${event.by ?? words.none}${details === '{}' ? '' : `  ${details}`}`, {
        width,
      });
  }
  if (document.processing.length === 0) pdf.font('regular').text(words.none);

  pdf.moveDown().font('bold').fontSize(12).text(words.lists);
  pdf.fontSize(9).font('regular');
  for (const list of document.lists) pdf.text(`${list.name} (${list.since})`, { width });
  if (document.lists.length === 0) pdf.text(words.none);

  pdf.moveDown().font('bold').fontSize(12).text(words.messages);
  pdf.fontSize(9).font('regular');
  for (const message of document.messages) {
    const what = [message.number, message.statement].filter(Boolean).join(' ');
    pdf.text(`${message.sentAt ?? message.createdAt}  ${message.status}  ${message.address ?? words.none}  ${what}`, {
      width,
    });
  }
  if (document.messages.length === 0) pdf.text(words.none);

  pdf.moveDown().font('bold').fontSize(12).text(words.conferences);
  pdf.fontSize(9).font('regular');
  for (const item of document.conferences) {
    const steps = [
      item.invitedAt && `${words.invited} ${item.invitedAt}`,
      `RSVP ${item.rsvp}${item.rsvpAt ? ` ${item.rsvpAt}` : ''}`,
      item.checkedInAt && `${words.checkedIn} ${item.checkedInAt}`,
      item.walkIn && words.walkIn,
    ].filter(Boolean);
    pdf.text(`${item.startsAt}  ${item.conference}  ${steps.join(' · ')}`, { width });
  }
  if (document.conferences.length === 0) pdf.text(words.none);

  pdf.moveDown().font('bold').fontSize(12).text(words.questions);
  pdf.fontSize(9).font('regular');
  for (const item of document.questions) {
    pdf.text(`${item.askedAt}  ${item.conference}  (${item.status})`, { width });
    pdf.text(`Q: ${item.question}`, { width });
    if (item.answer) pdf.text(`A: ${item.answer}`, { width });
  }
  if (document.questions.length === 0) pdf.text(words.none);
  pdf.end();
  return done;
}
