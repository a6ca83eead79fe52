import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ContactExportFormat } from '../../../../shared/ipc/contacts';
import type { Contact } from '../../../../shared/ipc/contacts';
import {
  beats,
  lawfulBases,
  positions,
  preferredChannels,
  socialPlatforms,
} from '../../../../shared/contacts/vocabulary';
import { mapHeaders } from '../import/headerMapping';
import { rowsFromTable } from '../import/importRow';
import { readImportFile } from '../import/readImportFile';
import { rowContact, type ContactDraft } from '../import/rowContact';
import { contactsFile } from './exportContacts';

// eslint-disable-next-line no-control-regex -- the point is to exclude control characters XML cannot hold
const invalidXmlOrControl = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufeff\ufffe\uffff\r]/;
/** Text as people type it — Indonesian and other scripts, commas, quotes, formula starts — in one line. */
const line = (max: number) =>
  fc
    .oneof(
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
      fc.constantFrom(
        'Ni Luh Putu Ayu Sukmawati',
        'Nguyễn Văn An',
        'محمد رضا',
        '李小龙',
        '"Bung" Tomo, S.Sos.',
        '=1+1',
        '+62 tv',
        '@redaksi',
        "'kutip",
        '-',
      ),
    )
    .map((text) => text.replace(/\s+/g, ' ').trim().slice(0, max))
    .filter((text) => text !== '' && !invalidXmlOrControl.test(text));
const note = fc.array(line(200), { maxLength: 3 }).map((lines) => lines.join('\n'));
const word = fc.stringMatching(/^[a-z][a-z0-9]{0,11}$/);
const day = fc
  .date({ min: new Date('2020-01-01'), max: new Date('2035-12-31'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

const contact: fc.Arbitrary<Contact> = fc
  .record({
    fullName: line(200),
    outlet: fc.option(fc.record({ name: line(200), position: fc.constantFrom(...positions) }), { nil: null }),
    emails: fc.uniqueArray(
      fc.tuple(word, word).map(([local, domain]) => `${local}@${domain}.id`),
      { maxLength: 3 },
    ),
    phones: fc.uniqueArray(fc.record({ e164: fc.stringMatching(/^\+6281[0-9]{8}$/), whatsapp: fc.boolean() }), {
      maxLength: 3,
      selector: (phone) => phone.e164,
    }),
    socials: fc.uniqueArray(
      fc.record({ platform: fc.constantFrom(...socialPlatforms), handle: word.map((w) => `@${w}`) }),
      { maxLength: 2, selector: (social) => `${social.platform}${social.handle}` },
    ),
    beats: fc.uniqueArray(fc.constantFrom(...beats), { maxLength: 3 }),
    regions: fc.uniqueArray(fc.constantFrom('11', '32', '32.73', '51.71', '94.01'), { maxLength: 3 }),
    tags: fc.uniqueArray(word, { maxLength: 3 }),
    language: fc.constantFrom('id', 'en', 'jv'),
    accreditationNumber: fc.option(word, { nil: '' }),
    accreditationExpiry: fc.option(day, { nil: null }),
    notes: note,
    preferredChannel: fc.constantFrom(...preferredChannels),
    doNotContact: fc.boolean(),
    optOut: fc.constant(null),
    active: fc.boolean(),
    lawfulBasis: fc.constantFrom(...lawfulBases),
    dataSource: line(300),
    collectedOn: day,
    consentRecord: fc.option(line(300), { nil: '' }),
    retainUntil: fc.option(day, { nil: null }),
    id: fc.uuid(),
  })
  .map((fields) => ({
    ...fields,
    affiliations: fields.outlet
      ? [{ outletId: 'o', outletName: fields.outlet.name, position: fields.outlet.position, primary: true }]
      : [],
    emails: fields.emails.map((address, index) => ({ address, primary: index === 0 })),
    phones: fields.phones.map((phone, index) => ({ ...phone, label: '', primary: index === 0 })),
    lastContactedAt: null,
    createdAt: '2026-11-28T00:00:00.000Z',
    updatedAt: '2026-11-28T00:00:00.000Z',
  }));

/** What an import reads back for a contact: the fields a file can carry. vCard carries fewer. */
function expected(c: Contact, format: ContactExportFormat) {
  const common = {
    fullName: c.fullName,
    outlet: c.affiliations[0] ? { name: c.affiliations[0].outletName, position: c.affiliations[0].position } : null,
    emails: c.emails.map((e) => e.address),
    phones: [...c.phones]
      .map((p) => ({ e164: p.e164, whatsapp: p.whatsapp }))
      .sort((a, b) => a.e164.localeCompare(b.e164)),
    socials: c.socials,
    beats: [...c.beats].sort(),
    regions: [...c.regions].sort(),
    tags: [...c.tags].sort(),
    language: c.language,
    notes: c.notes,
  };
  if (format === 'vcf') return common;
  return {
    ...common,
    accreditationNumber: c.accreditationNumber,
    accreditationExpiry: c.accreditationExpiry,
    preferredChannel: c.preferredChannel,
    doNotContact: c.doNotContact,
    active: c.active,
    lawfulBasis: c.lawfulBasis,
    dataSource: c.dataSource,
    collectedOn: c.collectedOn,
    consentRecord: c.consentRecord,
    retainUntil: c.retainUntil,
  };
}

/** The draft read back, in the same shape and order as `expected` (lists whose order a file does not keep, sorted). */
function actual(draft: ContactDraft, keys: string[]) {
  const normalized: Record<string, unknown> = {
    ...draft,
    phones: [...draft.phones].sort((a, b) => a.e164.localeCompare(b.e164)),
    beats: [...draft.beats].sort(),
    regions: [...draft.regions].sort(),
    tags: [...draft.tags].sort(),
  };
  return Object.fromEntries(keys.map((key) => [key, normalized[key]]));
}

async function reimport(format: ContactExportFormat, contacts: Contact[]) {
  const data = await contactsFile(format, contacts);
  const read = await readImportFile(`kontak.${format}`, data);
  if (!read.ok) throw new Error(read.reason);
  const { source } = read;
  const rows =
    source.format === 'vcard'
      ? source.cards
      : rowsFromTable(source, mapHeaders(source.header), source.format === 'csv');
  return rows.map((row) => {
    const result = rowContact(row, { lawfulBasis: 'consent', dataSource: 'x', collectedOn: '2000-01-01' });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    return result.draft;
  });
}

describe('contacts export → import round trip (property)', () => {
  for (const format of ['csv', 'xlsx', 'vcf'] as const) {
    it(`${format}: every contact reads back unchanged`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(contact, { minLength: 1, maxLength: 4 }), async (contacts) => {
          const wanted = contacts.map((c) => expected(c, format));
          const drafts = await reimport(format, contacts);
          expect(drafts.map((draft, index) => actual(draft, Object.keys(wanted[index] ?? {})))).toEqual(wanted);
        }),
        { numRuns: format === 'xlsx' ? 40 : 100 },
      );
    });
  }
});
