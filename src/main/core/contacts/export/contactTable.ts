import type { ImportField } from '../../../../shared/ipc/contactImport';
import type { Contact } from '../../../../shared/ipc/contacts';
import { regionName } from '../../../../shared/contacts/regions';
import { contactWords } from '../contactWords';
import { dialledNumber } from '../phone';

/** "31/12/2026": a day as an Indonesian spreadsheet reads it (the import reads it back). */
const dayFirst = (day: string | null) => (day ? day.split('-').reverse().join('/') : '');

const words = contactWords.id;

/**
 * The columns of a contacts export, in the desk's words — Indonesian headers and labels ("Redaktur",
 * "Kebencanaan", "Kota Makassar"), dates day first, numbers as people dial them ("0812-3456-7890",
 * never "+62…" which a spreadsheet takes for a formula) — all of which the import recognises, so an
 * exported file imports back unchanged. Lists are joined with "; " (a name or a note may hold
 * commas; no address, number, label or tag holds a semicolon).
 */
const columns: { header: string; field: ImportField; value: (contact: Contact) => string }[] = [
  { header: 'Nama', field: 'fullName', value: (c) => c.fullName },
  { header: 'Media', field: 'outlet', value: (c) => c.affiliations[0]?.outletName ?? '' },
  {
    header: 'Jabatan',
    field: 'position',
    value: (c) => (c.affiliations[0] ? words.positions[c.affiliations[0].position] : ''),
  },
  { header: 'Email', field: 'email', value: (c) => c.emails.map((e) => e.address).join('; ') },
  {
    header: 'Telepon',
    field: 'phone',
    value: (c) =>
      c.phones
        .filter((p) => !p.whatsapp)
        .map((p) => dialledNumber(p.e164))
        .join('; '),
  },
  {
    header: 'WhatsApp',
    field: 'whatsapp',
    value: (c) =>
      c.phones
        .filter((p) => p.whatsapp)
        .map((p) => dialledNumber(p.e164))
        .join('; '),
  },
  { header: 'Liputan', field: 'beats', value: (c) => c.beats.map((beat) => words.beats[beat]).join('; ') },
  { header: 'Wilayah', field: 'regions', value: (c) => c.regions.map(regionName).join('; ') },
  {
    header: 'Bahasa',
    field: 'language',
    value: (c) => (words.languages as Record<string, string>)[c.language] ?? c.language,
  },
  { header: 'Nomor Akreditasi', field: 'accreditationNumber', value: (c) => c.accreditationNumber },
  { header: 'Masa Berlaku Akreditasi', field: 'accreditationExpiry', value: (c) => dayFirst(c.accreditationExpiry) },
  {
    header: 'Media Sosial',
    field: 'social',
    value: (c) => c.socials.map((s) => `${s.platform}: ${s.handle}`).join('; '),
  },
  { header: 'Tag', field: 'tags', value: (c) => c.tags.join('; ') },
  { header: 'Catatan', field: 'notes', value: (c) => c.notes },
  { header: 'Saluran Utama', field: 'preferredChannel', value: (c) => words.channels[c.preferredChannel] },
  { header: 'Jangan Dihubungi', field: 'doNotContact', value: (c) => (c.doNotContact ? 'ya' : 'tidak') },
  { header: 'Aktif', field: 'active', value: (c) => (c.active ? 'ya' : 'tidak') },
  { header: 'Dasar Pemrosesan', field: 'lawfulBasis', value: (c) => words.lawfulBases[c.lawfulBasis] },
  { header: 'Sumber Data', field: 'source', value: (c) => c.dataSource },
  { header: 'Tanggal Dikumpulkan', field: 'collectedOn', value: (c) => dayFirst(c.collectedOn) },
  { header: 'Catatan Persetujuan', field: 'consentRecord', value: (c) => c.consentRecord },
  { header: 'Simpan Sampai', field: 'retainUntil', value: (c) => dayFirst(c.retainUntil) },
];

export const exportHeader = columns.map((column) => column.header);

export function contactTable(contacts: readonly Contact[]): string[][] {
  return [exportHeader, ...contacts.map((contact) => columns.map((column) => column.value(contact)))];
}
