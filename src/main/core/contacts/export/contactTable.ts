import type { ImportField } from '../../../../shared/ipc/contactImport';
import type { Contact } from '../../../../shared/ipc/contacts';

/**
 * The columns of a contacts export, headed in Indonesian with words the import recognises, so an
 * exported file imports back unchanged. Lists are joined with "; " (a name or a note may hold
 * commas; no address, number, code or tag holds a semicolon). Codes, not translations, for
 * positions, beats and regions: they read back exactly in either language.
 */
const columns: { header: string; field: ImportField; value: (contact: Contact) => string }[] = [
  { header: 'Nama', field: 'fullName', value: (c) => c.fullName },
  { header: 'Media', field: 'outlet', value: (c) => c.affiliations[0]?.outletName ?? '' },
  { header: 'Jabatan', field: 'position', value: (c) => c.affiliations[0]?.position ?? '' },
  { header: 'Email', field: 'email', value: (c) => c.emails.map((e) => e.address).join('; ') },
  {
    header: 'Telepon',
    field: 'phone',
    value: (c) =>
      c.phones
        .filter((p) => !p.whatsapp)
        .map((p) => p.e164)
        .join('; '),
  },
  {
    header: 'WhatsApp',
    field: 'whatsapp',
    value: (c) =>
      c.phones
        .filter((p) => p.whatsapp)
        .map((p) => p.e164)
        .join('; '),
  },
  { header: 'Liputan', field: 'beats', value: (c) => c.beats.join('; ') },
  { header: 'Wilayah', field: 'regions', value: (c) => c.regions.join('; ') },
  { header: 'Bahasa', field: 'language', value: (c) => c.language },
  { header: 'Nomor Akreditasi', field: 'accreditationNumber', value: (c) => c.accreditationNumber },
  { header: 'Masa Berlaku Akreditasi', field: 'accreditationExpiry', value: (c) => c.accreditationExpiry ?? '' },
  {
    header: 'Media Sosial',
    field: 'social',
    value: (c) => c.socials.map((s) => `${s.platform}: ${s.handle}`).join('; '),
  },
  { header: 'Tag', field: 'tags', value: (c) => c.tags.join('; ') },
  { header: 'Catatan', field: 'notes', value: (c) => c.notes },
  { header: 'Saluran Utama', field: 'preferredChannel', value: (c) => c.preferredChannel },
  { header: 'Jangan Dihubungi', field: 'doNotContact', value: (c) => (c.doNotContact ? 'ya' : 'tidak') },
  { header: 'Aktif', field: 'active', value: (c) => (c.active ? 'ya' : 'tidak') },
  { header: 'Dasar Pemrosesan', field: 'lawfulBasis', value: (c) => c.lawfulBasis },
  { header: 'Sumber Data', field: 'source', value: (c) => c.dataSource },
  { header: 'Tanggal Dikumpulkan', field: 'collectedOn', value: (c) => c.collectedOn },
  { header: 'Catatan Persetujuan', field: 'consentRecord', value: (c) => c.consentRecord },
  { header: 'Simpan Sampai', field: 'retainUntil', value: (c) => c.retainUntil ?? '' },
];

export const exportHeader = columns.map((column) => column.header);

export function contactTable(contacts: readonly Contact[]): string[][] {
  return [exportHeader, ...contacts.map((contact) => columns.map((column) => column.value(contact)))];
}
