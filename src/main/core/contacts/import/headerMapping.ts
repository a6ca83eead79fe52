import { importFields, type ImportField } from '../../../../shared/ipc/contactImport';

export { importFields, type ImportField };

/** Header words in Indonesian and English, as offices and outlets actually write them. */
const synonyms: Record<ImportField, string[]> = {
  fullName: [
    'nama',
    'nama lengkap',
    'nama jurnalis',
    'nama wartawan',
    'name',
    'full name',
    'fullname',
    'contact',
    'kontak',
  ],
  outlet: [
    'media',
    'nama media',
    'outlet',
    'media outlet',
    'perusahaan',
    'company',
    'organisasi',
    'organization',
    'instansi',
  ],
  position: ['jabatan', 'posisi', 'position', 'title', 'job title', 'peran', 'role'],
  email: ['email', 'e-mail', 'surel', 'surat elektronik', 'alamat email', 'email address', 'mail'],
  phone: [
    'telepon',
    'telp',
    'tlp',
    'no telp',
    'no. telp',
    'nomor telepon',
    'hp',
    'no hp',
    'no. hp',
    'handphone',
    'ponsel',
    'phone',
    'mobile',
    'phone number',
    'telephone',
  ],
  whatsapp: ['whatsapp', 'wa', 'no wa', 'no. wa', 'nomor wa', 'nomor whatsapp'],
  beats: ['desk', 'liputan', 'bidang liputan', 'beat', 'beats', 'topik', 'topic', 'rubrik'],
  regions: ['wilayah', 'daerah', 'wilayah liputan', 'region', 'regions', 'area', 'kota', 'provinsi'],
  language: ['bahasa', 'language'],
  accreditationNumber: [
    'akreditasi',
    'no akreditasi',
    'nomor akreditasi',
    'kartu pers',
    'accreditation',
    'press card',
    'accreditation number',
  ],
  accreditationExpiry: [
    'masa berlaku akreditasi',
    'akreditasi berlaku',
    'berlaku sampai',
    'accreditation expiry',
    'expiry',
  ],
  social: ['media sosial', 'medsos', 'sosmed', 'social', 'social media', 'twitter', 'instagram', 'x'],
  tags: ['tag', 'tags', 'label', 'kategori', 'category'],
  notes: ['catatan', 'keterangan', 'notes', 'note', 'remarks'],
  lawfulBasis: ['dasar pemrosesan', 'dasar hukum', 'lawful basis', 'legal basis'],
  source: ['sumber', 'sumber data', 'source', 'data source'],
  collectedOn: ['tanggal dikumpulkan', 'tanggal pengumpulan', 'dikumpulkan', 'collected on', 'date collected'],
  consentRecord: ['catatan persetujuan', 'bukti persetujuan', 'consent record', 'consent'],
  retainUntil: ['simpan sampai', 'disimpan sampai', 'retensi', 'retain until', 'retention'],
  preferredChannel: ['saluran utama', 'saluran', 'preferred channel', 'channel'],
  doNotContact: ['jangan dihubungi', 'jangan hubungi', 'do not contact', 'dnc'],
  active: ['aktif', 'active', 'status aktif'],
};

/** Lower case, no punctuation or extra spaces: "No. HP / WA" and "no hp wa" compare equal. */
export function headerKey(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const lookup = new Map<string, ImportField>();
for (const field of importFields) for (const word of synonyms[field]) lookup.set(headerKey(word), field);

export type ColumnMapping = (ImportField | null)[];

/**
 * Maps each header to a field, or null to ignore it. A remembered mapping (by header key) wins over
 * the synonyms; a second column for a single-valued field (two "Nama" columns) is left unmapped so
 * the mapping step shows it rather than silently merging it.
 */
export function mapHeaders(header: string[], remembered: Record<string, ImportField | null> = {}): ColumnMapping {
  const multi: ReadonlySet<ImportField> = new Set([
    'email',
    'phone',
    'whatsapp',
    'beats',
    'regions',
    'tags',
    'social',
    'notes',
  ]);
  const taken = new Set<ImportField>();
  return header.map((name) => {
    const key = headerKey(name);
    const field = key in remembered ? (remembered[key] ?? null) : (lookup.get(key) ?? null);
    if (!field) return null;
    if (taken.has(field) && !multi.has(field)) return null;
    taken.add(field);
    return field;
  });
}
