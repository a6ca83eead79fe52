import type { StatementContent } from '../../ipc/statements';
import { formatInstant } from '../../time/formatInstant';
import { outputLabels, type OutputLabels } from './outputLabels';

export interface OutputPerson {
  fullName: string;
  position: string;
  phone: string;
  email: string;
}

export interface OutputOffice {
  agencyName: string;
  unitName: string;
  address: string;
  phone: string;
  email: string;
  website: string;
  timeZone: string;
  logo: { mimeType: string; data: Uint8Array } | null;
}

/** Everything an output is a function of: one revision, the office profile and the people it names. */
export interface OutputInput {
  content: StatementContent;
  office: OutputOffice;
  number: string | null;
  /** False unless this exact revision holds the final approval. */
  approved: boolean;
  /** The date printed in the dateline: approval time when approved, else the revision's time. */
  issuedAt: string;
  spokesperson: OutputPerson | null;
  mediaContact: OutputPerson | null;
  corrects: { number: string | null; title: string } | null;
}

/** The parts every document form shares, already worded in the statement's language. */
export interface StatementDocument {
  labels: OutputLabels;
  kindLabel: string;
  draftLabel: string | null;
  letterhead: { agency: string; unit: string; contactLine: string };
  numberLine: string | null;
  title: string;
  dateline: string;
  embargoLine: string | null;
  correctsLine: string | null;
  summary: string;
  nextUpdateLine: string | null;
  contactBlocks: { heading: string; lines: string[] }[];
  attachmentNames: string[];
}

function dateOnly(iso: string, zone: string, language: 'id' | 'en'): string {
  // "28 November 2026, 09.00 WIB" without the time: the dateline names the day.
  return formatInstant(iso, zone, language).split(',')[0] ?? iso;
}

function personLines(person: OutputPerson, labels: OutputLabels, fallbackPhone = ''): string[] {
  const phone = person.phone || fallbackPhone;
  return [
    person.fullName,
    person.position,
    phone ? `${labels.phone} ${phone}` : '',
    person.email ? `${labels.email} ${person.email}` : '',
  ].filter(Boolean);
}

export function statementDocument(input: OutputInput): StatementDocument {
  const { content, office } = input;
  const labels = outputLabels[content.language];
  const contactLine = [office.address, office.phone, office.email, office.website].filter(Boolean).join(' · ');
  const place = content.datelinePlace.trim();
  const day = dateOnly(input.issuedAt, office.timeZone, content.language);
  const contactBlocks: { heading: string; lines: string[] }[] = [];
  if (input.spokesperson)
    contactBlocks.push({ heading: labels.spokesperson, lines: personLines(input.spokesperson, labels) });
  // Journalists call the media contact: without a number of their own, the office's is printed.
  if (input.mediaContact)
    contactBlocks.push({ heading: labels.mediaContact, lines: personLines(input.mediaContact, labels, office.phone) });
  return {
    labels,
    kindLabel: labels.kinds[content.kind],
    draftLabel: input.approved ? null : labels.draft,
    letterhead: { agency: office.agencyName.toUpperCase(), unit: office.unitName.toUpperCase(), contactLine },
    numberLine: input.number ? `${labels.number}: ${input.number}` : null,
    title: content.title,
    dateline: place ? `${place}, ${day}` : day,
    embargoLine: content.embargoUntil
      ? `${labels.embargo} ${formatInstant(content.embargoUntil.at, content.embargoUntil.zone, content.language)}`
      : null,
    correctsLine: input.corrects
      ? `${labels.corrects} ${input.corrects.number ?? ''} "${input.corrects.title}"`.replace('  ', ' ')
      : null,
    summary: content.summary,
    nextUpdateLine: content.nextUpdateAt
      ? `${labels.nextUpdate} ${formatInstant(content.nextUpdateAt.at, content.nextUpdateAt.zone, content.language)}.`
      : null,
    contactBlocks,
    attachmentNames: content.attachments.map((attachment) => attachment.fileName),
  };
}
