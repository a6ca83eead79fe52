import type { ImportRowReport } from '../../../../shared/ipc/contactImport';
import type { Language } from '../../../../shared/ipc/preferences';
import { toSafeCsv } from '../../csv/safeCsv';

/** The report's words (the wizard shows the same from the locales). */
const reportWords = {
  id: {
    headers: ['Baris', 'Nama', 'Hasil', 'Masalah', 'Sama dengan', 'Alasan'],
    outcomes: {
      created: 'Dibuat',
      merged: 'Digabung',
      skipped: 'Dilewati',
      failed: 'Gagal',
    },
    problems: {
      name_missing: 'Nama kosong',
      name_too_long: 'Nama terlalu panjang',
      email_invalid: 'Email tidak valid (diabaikan)',
      phone_invalid: 'Nomor telepon tidak valid (diabaikan)',
      date_invalid: 'Tanggal tidak valid (gunakan HH/BB/TTTT atau TTTT-BB-HH)',
      lawful_basis_unknown: 'Dasar pemrosesan tidak dikenal',
      too_many: 'Terlalu banyak email atau nomor (maks. 10)',
      text_too_long: 'Teks terlalu panjang',
      beat_unknown: 'Liputan tidak dikenal (diabaikan)',
      region_unknown: 'Wilayah tidak dikenal (diabaikan)',
      position_unknown: 'Jabatan tidak dikenal (dianggap reporter)',
      language_unknown: 'Bahasa tidak dikenal (dianggap Indonesia)',
      channel_unknown: 'Saluran tidak dikenal (diabaikan)',
      yes_no_unknown: 'Nilai ya/tidak tidak dikenal (diabaikan)',
      row_length: 'Jumlah kolom baris ini berbeda dengan judul kolom',
      erased_person: 'Orang ini pernah dihapus permanen atas permintaannya; tidak diimpor kembali.',
    },
    reasons: {
      email: 'email sama',
      phone: 'nomor sama',
      name_outlet: 'nama mirip di media yang sama',
    },
    earlierRow: ' (baris sebelumnya)',
  },
  en: {
    headers: ['Line', 'Name', 'Outcome', 'Problems', 'Same as', 'Why'],
    outcomes: {
      created: 'Created',
      merged: 'Merged',
      skipped: 'Skipped',
      failed: 'Failed',
    },
    problems: {
      name_missing: 'Name is empty',
      name_too_long: 'Name is too long',
      email_invalid: 'Invalid e-mail (left out)',
      phone_invalid: 'Invalid phone number (left out)',
      date_invalid: 'Invalid date (use DD/MM/YYYY or YYYY-MM-DD)',
      lawful_basis_unknown: 'Unknown lawful basis',
      too_many: 'Too many e-mails or numbers (max. 10)',
      text_too_long: 'Text too long',
      beat_unknown: 'Unknown beat (left out)',
      region_unknown: 'Unknown region (left out)',
      position_unknown: 'Unknown position (taken as reporter)',
      language_unknown: 'Unknown language (taken as Indonesian)',
      channel_unknown: 'Unknown channel (left out)',
      yes_no_unknown: 'Unknown yes/no value (left out)',
      row_length: 'This row has a different number of columns than the header',
      erased_person: 'This person was erased at their request; not imported again.',
    },
    reasons: {
      email: 'same e-mail',
      phone: 'same number',
      name_outlet: 'similar name at the same outlet',
    },
    earlierRow: ' (an earlier row)',
  },
} as const;

/**
 * The downloadable import report: one line per row of the file, with what happened and why, in
 * the reader's language ("Gagal", "Nomor telepon tidak valid: 12345"); values as the file had them.
 */
export function importReportCsv(rows: ImportRowReport[], language: Language = 'id'): string {
  const words = reportWords[language];
  const problem = (code: string) => (words.problems as Record<string, string>)[code] ?? code;
  return toSafeCsv([
    [...words.headers],
    ...rows.map((row) => [
      String(row.line),
      row.name,
      words.outcomes[row.outcome],
      row.problems.map((item) => (item.value ? `${problem(item.code)}: ${item.value}` : problem(item.code))).join('; '),
      row.duplicate ? `${row.duplicate.name}${row.duplicate.id ? '' : words.earlierRow}` : '',
      row.duplicate ? words.reasons[row.duplicate.reason] : '',
    ]),
  ]);
}
