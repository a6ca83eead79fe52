import type { Language } from '../../../shared/ipc/preferences';
import type { OfficeTimeZone } from '../../../shared/ipc/office';
import type { ApprovalStepRole } from '../../../shared/statements/workflow';
import type { StatementKind } from '../../../shared/statements/workflow';
import { formatInstant } from '../../../shared/time/formatInstant';
import { crisisWords } from '../crises/crisisWords';
import type { MailContent } from './mailMessage';

export type NoticeKind = 'request' | 'reminder' | 'standIn';

/** What one approver notice says: enough to know what waits and where to decide it. */
export interface ApproverNotice {
  kind: NoticeKind;
  language: Language;
  zone: OfficeTimeZone;
  agencyName: string;
  recipient: { fullName: string; username: string };
  /** standIn: the approver whose place the recipient takes. */
  insteadOf: string | null;
  statement: { title: string; kind: StatementKind; revisionNo: number; revisionHash: string };
  crisis: string | null;
  submittedBy: string;
  step: { index: number; of: number; roles: ApprovalStepRole[] };
  waitingSince: string;
}

const words = {
  id: {
    subject: {
      request: (title: string) => `Menunggu persetujuan Anda: ${title}`,
      reminder: (title: string) => `Pengingat — masih menunggu persetujuan Anda: ${title}`,
      standIn: (title: string) => `Sebagai pengganti — menunggu persetujuan: ${title}`,
    },
    greeting: (name: string) => `Yth. ${name},`,
    lead: {
      request: 'sebuah naskah menunggu keputusan Anda di Siaga.',
      reminder: 'naskah krisis ini masih menunggu keputusan Anda di Siaga.',
      standIn: (approver: string) =>
        `naskah krisis ini sudah lama menunggu ${approver}; Anda tercatat sebagai penggantinya dan dapat memutuskannya di Siaga.`,
    },
    title: 'Judul',
    kind: 'Jenis',
    crisis: 'Krisis',
    submittedBy: 'Diajukan oleh',
    step: (index: number, of: number, roles: string) => `Tahap ${index} dari ${of} (${roles})`,
    stepLabel: 'Tahap persetujuan',
    since: 'Menunggu sejak',
    revision: (no: number, hash: string) => `Revisi ${no}, sidik ${hash}`,
    revisionLabel: 'Naskah',
    open: (username: string) =>
      `Cara membuka: buka Siaga, masuk sebagai "${username}", lalu pilih Tugas Saya — naskah ini ada di "Menunggu keputusan Anda". Keputusan hanya diambil di Siaga, atas naskah yang sama persis.`,
    footer: (agency: string) => `Pesan otomatis Siaga — ${agency}. Surel ini tidak perlu dibalas.`,
    roles: { reviewer: 'Redaktur / Kepala Humas', approver: 'Pimpinan', spokesperson: 'Juru Bicara' },
    or: ' atau ',
  },
  en: {
    subject: {
      request: (title: string) => `Waiting for your approval: ${title}`,
      reminder: (title: string) => `Reminder — still waiting for your approval: ${title}`,
      standIn: (title: string) => `As stand-in — waiting for approval: ${title}`,
    },
    greeting: (name: string) => `Dear ${name},`,
    lead: {
      request: 'a statement is waiting for your decision in Siaga.',
      reminder: 'this crisis statement is still waiting for your decision in Siaga.',
      standIn: (approver: string) =>
        `this crisis statement has been waiting for ${approver} for some time; you are their stand-in and may decide it in Siaga.`,
    },
    title: 'Title',
    kind: 'Kind',
    crisis: 'Crisis',
    submittedBy: 'Submitted by',
    step: (index: number, of: number, roles: string) => `Step ${index} of ${of} (${roles})`,
    stepLabel: 'Approval step',
    since: 'Waiting since',
    revision: (no: number, hash: string) => `Revision ${no}, fingerprint ${hash}`,
    revisionLabel: 'Text',
    open: (username: string) =>
      `How to open it: open Siaga, sign in as "${username}" and choose My Tasks — the statement is under "Waiting for your decision". Decisions are taken only in Siaga, on exactly this text.`,
    footer: (agency: string) => `An automatic message from Siaga — ${agency}. No need to reply.`,
    roles: { reviewer: 'Reviewer', approver: 'Approver', spokesperson: 'Spokesperson' },
    or: ' or ',
  },
} as const;

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** The message of one notice, in the office's language; plain text and the same as simple HTML. */
export function approverNoticeContent(notice: ApproverNotice): MailContent {
  const w = words[notice.language];
  const { statement, step } = notice;
  const lead = notice.kind === 'standIn' ? w.lead.standIn(notice.insteadOf ?? '') : w.lead[notice.kind];
  const facts: [string, string][] = [
    [w.title, statement.title],
    [w.kind, crisisWords[notice.language].kinds[statement.kind]],
    ...(notice.crisis ? [[w.crisis, notice.crisis] as [string, string]] : []),
    [w.submittedBy, notice.submittedBy],
    [w.stepLabel, w.step(step.index + 1, step.of, step.roles.map((role) => w.roles[role]).join(w.or))],
    [w.since, formatInstant(notice.waitingSince, notice.zone, notice.language)],
    [w.revisionLabel, w.revision(statement.revisionNo, statement.revisionHash.slice(0, 12))],
  ];
  const paragraphs = [
    w.greeting(notice.recipient.fullName),
    lead,
    w.open(notice.recipient.username),
    w.footer(notice.agencyName),
  ];
  const text = [
    paragraphs[0],
    '',
    paragraphs[1],
    '',
    ...facts.map(([label, value]) => `${label}: ${value}`),
    '',
    paragraphs[2],
    '',
    paragraphs[3],
  ].join('\n');
  const html = [
    `<p>${escapeHtml(paragraphs[0]!)}</p>`,
    `<p>${escapeHtml(paragraphs[1]!)}</p>`,
    '<table>',
    ...facts.map(
      ([label, value]) => `<tr><th align="left">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`,
    ),
    '</table>',
    `<p>${escapeHtml(paragraphs[2]!)}</p>`,
    `<p><small>${escapeHtml(paragraphs[3]!)}</small></p>`,
  ].join('\n');
  return {
    subject: `[Siaga] ${w.subject[notice.kind](statement.title)}`,
    text,
    html,
    headers: { 'X-Siaga-Notice': notice.kind },
    attachments: [],
  };
}
