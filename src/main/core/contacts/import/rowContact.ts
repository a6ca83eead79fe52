import { regionCodeForName } from '../../../../shared/contacts/regions';
import type {
  Beat,
  LawfulBasis,
  Position,
  PreferredChannel,
  SocialPlatform,
} from '../../../../shared/contacts/vocabulary';
import { isValidEmail, normalizeEmail } from '../../../../shared/contacts/email';
import { normalizePhone } from '../phone';
import type { ImportRow } from './importRow';
import {
  beatFor,
  dayFor,
  languageFor,
  lawfulBasisFor,
  positionFor,
  preferredChannelFor,
  socialFor,
  yesNoFor,
} from './importWords';

/** A row read into contact fields, before it meets the store (outlets are still names). */
export interface ContactDraft {
  fullName: string;
  outlet: { name: string; position: Position } | null;
  emails: string[];
  phones: { e164: string; whatsapp: boolean }[];
  socials: { platform: SocialPlatform; handle: string }[];
  beats: Beat[];
  regions: string[];
  tags: string[];
  language: string;
  accreditationNumber: string;
  accreditationExpiry: string | null;
  notes: string;
  lawfulBasis: LawfulBasis;
  dataSource: string;
  collectedOn: string;
  consentRecord: string;
  retainUntil: string | null;
  preferredChannel: PreferredChannel;
  doNotContact: boolean;
  active: boolean;
}

export interface RowProblem {
  code: string;
  value: string;
}

/**
 * Problems that keep a row out; every other problem is a warning and the value is left out. A bad
 * e-mail address or number is such a warning: the person is kept with the rest of their row (a
 * typo in one number must not lose a good address), the report names the value left out.
 */
export const failingProblems: ReadonlySet<string> = new Set([
  'name_missing',
  'name_too_long',
  'date_invalid',
  'lawful_basis_unknown',
  'too_many',
  'text_too_long',
]);

export interface RowDefaults {
  lawfulBasis: LawfulBasis;
  dataSource: string;
  collectedOn: string;
}

export type RowResult =
  { ok: true; draft: ContactDraft; problems: RowProblem[] } | { ok: false; problems: RowProblem[] };

/** Several values in one cell: "a@x.id; b@x.id", "Kesehatan, Bencana". */
const split = (values: string[] | undefined, separators: RegExp) =>
  (values ?? [])
    .flatMap((value) => value.split(separators))
    .map((value) => value.trim())
    .filter(Boolean);
const listSeparators = /[;,|\n]/;
// Phone cells also use "/" between numbers ("0812... / 0813..."); a comma never occurs inside one.
const phoneSeparators = /[;,|/\n]/;
const first = (values: string[] | undefined) => values?.[0]?.trim() ?? '';

const limits = { name: 200, notes: 4000, accreditation: 60, source: 300, items: 10 };

/** Reads one import row into a contact draft, or says why it cannot be imported (all reasons, not just the first). */
export function rowContact(row: ImportRow, defaults: RowDefaults): RowResult {
  const problems: RowProblem[] = row.warnings.map((code) => ({ code, value: '' }));
  const { fields } = row;
  const fullName = first(fields.fullName).replace(/\s+/g, ' ');
  if (!fullName) problems.push({ code: 'name_missing', value: '' });
  if (fullName.length > limits.name) problems.push({ code: 'name_too_long', value: fullName.slice(0, 40) });

  const emails: string[] = [];
  for (const value of split(fields.email, /[;,\s]+/)) {
    const address = normalizeEmail(value.replace(/^mailto:/i, ''));
    if (!isValidEmail(address)) problems.push({ code: 'email_invalid', value });
    else if (!emails.includes(address)) emails.push(address);
  }
  const phones: ContactDraft['phones'] = [];
  const addPhones = (values: string[] | undefined, whatsapp: boolean) => {
    for (const value of split(values, phoneSeparators)) {
      const normalized = normalizePhone(value);
      if (!normalized.ok) {
        problems.push({ code: 'phone_invalid', value });
        continue;
      }
      const known = phones.find((phone) => phone.e164 === normalized.e164);
      if (known) known.whatsapp ||= whatsapp;
      else phones.push({ e164: normalized.e164, whatsapp });
    }
  };
  addPhones(fields.phone, false);
  addPhones(fields.whatsapp, true);
  if (emails.length > limits.items || phones.length > limits.items) problems.push({ code: 'too_many', value: '' });

  const beats: Beat[] = [];
  for (const value of split(fields.beats, listSeparators)) {
    const beat = beatFor(value);
    if (!beat) problems.push({ code: 'beat_unknown', value });
    else if (!beats.includes(beat)) beats.push(beat);
  }
  const regions: string[] = [];
  for (const value of split(fields.regions, /[;|\n]/)) {
    // "Kota Bandung, Jawa Barat" is one region; "Jawa Barat, Jawa Tengah" is two.
    const whole = regionCodeForName(value);
    const parts = whole ? [whole] : value.split(',').map((part) => regionCodeForName(part));
    if (parts.some((code) => code === null)) problems.push({ code: 'region_unknown', value });
    for (const code of parts) if (code && !regions.includes(code)) regions.push(code);
  }

  const outletName = first(fields.outlet);
  const positionText = first(fields.position);
  const position = positionText ? positionFor(positionText) : 'reporter';
  if (!position) problems.push({ code: 'position_unknown', value: positionText });

  const languageText = first(fields.language);
  const language = languageText ? languageFor(languageText) : 'id';
  if (!language) problems.push({ code: 'language_unknown', value: languageText });

  const expiryText = first(fields.accreditationExpiry);
  const accreditationExpiry = expiryText ? dayFor(expiryText) : null;
  if (expiryText && !accreditationExpiry) problems.push({ code: 'date_invalid', value: expiryText });

  const basisText = first(fields.lawfulBasis);
  const lawfulBasis = basisText ? lawfulBasisFor(basisText) : defaults.lawfulBasis;
  if (!lawfulBasis) problems.push({ code: 'lawful_basis_unknown', value: basisText });

  const dayField = (values: string[] | undefined) => {
    const text = first(values);
    const day = text ? dayFor(text) : null;
    if (text && !day) problems.push({ code: 'date_invalid', value: text });
    return day;
  };
  const collectedOn = dayField(fields.collectedOn) ?? defaults.collectedOn;
  const retainUntil = dayField(fields.retainUntil);
  const flag = (values: string[] | undefined, otherwise: boolean) => {
    const text = first(values);
    const value = text ? yesNoFor(text) : otherwise;
    if (value === null) problems.push({ code: 'yes_no_unknown', value: text });
    return value ?? otherwise;
  };
  const doNotContact = flag(fields.doNotContact, false);
  const active = flag(fields.active, true);
  const channelText = first(fields.preferredChannel);
  const channel = channelText ? preferredChannelFor(channelText) : null;
  if (channelText && !channel) problems.push({ code: 'channel_unknown', value: channelText });
  const consentRecord = first(fields.consentRecord);

  const notes = (fields.notes ?? []).join('\n').trim();
  const accreditationNumber = first(fields.accreditationNumber);
  const dataSource = first(fields.source) || defaults.dataSource;
  if (notes.length > limits.notes || accreditationNumber.length > limits.accreditation || consentRecord.length > 1000)
    problems.push({ code: 'text_too_long', value: '' });

  const tags = [...new Set(split(fields.tags, listSeparators).map((tag) => tag.toLowerCase().slice(0, 40)))];
  const socials = split(fields.social, /[;\n]/).map(socialFor);

  if (problems.some((problem) => failingProblems.has(problem.code)) || !lawfulBasis) return { ok: false, problems };
  return {
    ok: true,
    problems,
    draft: {
      fullName,
      outlet: outletName ? { name: outletName.slice(0, 200), position: position ?? 'reporter' } : null,
      emails,
      phones,
      socials: socials.slice(0, limits.items),
      beats,
      regions: regions.slice(0, 50),
      tags: tags.slice(0, 30),
      language: language ?? 'id',
      accreditationNumber,
      accreditationExpiry,
      notes,
      lawfulBasis,
      dataSource: dataSource.slice(0, limits.source),
      collectedOn,
      consentRecord,
      retainUntil,
      // Without a stated channel: e-mail when there is an address, else WhatsApp when a number has it.
      preferredChannel:
        channel ?? (emails.length === 0 && phones.some((phone) => phone.whatsapp) ? 'whatsapp' : 'email'),
      doNotContact,
      active,
    },
  };
}
