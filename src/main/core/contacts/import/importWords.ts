import type {
  Beat,
  LawfulBasis,
  Position,
  PreferredChannel,
  SocialPlatform,
} from '../../../../shared/contacts/vocabulary';
import { beats, lawfulBases, positions } from '../../../../shared/contacts/vocabulary';
import { headerKey } from './headerMapping';
import { contactWords } from '../contactWords';

/**
 * The words people put in contact files for our fixed vocabularies, in Indonesian and English.
 * Keys go through `headerKey` (lower case, no punctuation), so "Pemimpin Redaksi" and
 * "pemimpin-redaksi" are the same word.
 */
const positionWords: Record<Position, string[]> = {
  reporter: [
    'reporter',
    'wartawan',
    'wartawati',
    'pewarta',
    'jurnalis',
    'journalist',
    'koresponden',
    'correspondent',
    'kontributor',
    'reporter tv',
    'jurnalis tv',
    'penulis',
  ],
  editor: [
    'editor',
    'redaktur',
    'redaktur pelaksana',
    'redpel',
    'redaktur senior',
    'asisten redaktur',
    'editor senior',
    'editor in chief assistant',
    'sub editor',
    'koordinator liputan',
    'korlip',
    'kepala biro',
    'kabiro',
  ],
  chief_editor: [
    'chief editor',
    'editor in chief',
    'pemimpin redaksi',
    'pemred',
    'wakil pemimpin redaksi',
    'wapemred',
    'pemimpin umum',
  ],
  photographer: ['photographer', 'fotografer', 'pewarta foto', 'juru foto', 'wartawan foto', 'jurnalis foto'],
  camera_operator: ['camera operator', 'cameraman', 'kameramen', 'kamerawan', 'juru kamera', 'videografer'],
  producer: ['producer', 'produser', 'produser eksekutif'],
  freelancer: ['freelancer', 'freelance', 'lepas', 'wartawan lepas', 'jurnalis lepas', 'stringer'],
};

const beatWords: Record<Beat, string[]> = {
  politics: ['politics', 'politik', 'pemilu', 'election'],
  government: ['government', 'pemerintahan', 'birokrasi', 'kebijakan publik'],
  law: ['law', 'hukum', 'kriminal', 'crime', 'peradilan', 'justice'],
  security: ['security', 'keamanan', 'pertahanan', 'defence', 'defense', 'tni polri'],
  health: ['health', 'kesehatan', 'medis', 'medical'],
  economy: ['economy', 'ekonomi', 'bisnis', 'business', 'keuangan', 'finance'],
  disaster: ['disaster', 'bencana', 'kebencanaan', 'kebencanaan dan iklim'],
  environment: ['environment', 'lingkungan', 'lingkungan hidup', 'iklim', 'climate'],
  technology: ['technology', 'teknologi', 'tekno', 'tech', 'digital', 'sains', 'science'],
  education: ['education', 'pendidikan'],
  social: ['social', 'sosial', 'humaniora', 'kesejahteraan sosial'],
  culture: ['culture', 'budaya', 'kebudayaan', 'seni', 'arts', 'gaya hidup', 'lifestyle'],
  sports: ['sports', 'sport', 'olahraga'],
  infrastructure: ['infrastructure', 'infrastruktur', 'transportasi', 'transport'],
  regional: ['regional', 'daerah', 'nusantara'],
  general: ['general', 'umum', 'news', 'berita umum'],
};

const lawfulBasisWords: Record<LawfulBasis, string[]> = {
  consent: ['consent', 'persetujuan', 'izin'],
  public_task: ['public task', 'tugas publik', 'kewajiban hukum', 'pelaksanaan tugas', 'kepentingan umum'],
  legitimate_interest: ['legitimate interest', 'kepentingan sah', 'kepentingan yang sah'],
};

/** Codes, the words above, and the labels Siaga's own exports write (contactWords), in both languages. */
function lookup<T extends string>(
  words: Record<T, string[]>,
  codes: readonly T[],
  labels: (language: 'id' | 'en') => Record<T, string>,
): Map<string, T> {
  const map = new Map<string, T>();
  for (const code of codes) {
    map.set(headerKey(code), code);
    for (const word of [...words[code], labels('id')[code], labels('en')[code]]) map.set(headerKey(word), code);
  }
  return map;
}
const positionByWord = lookup(positionWords, positions, (language) => contactWords[language].positions);
const beatByWord = lookup(beatWords, beats, (language) => contactWords[language].beats);
const lawfulBasisByWord = lookup(lawfulBasisWords, lawfulBases, (language) => contactWords[language].lawfulBases);

export const positionFor = (word: string): Position | null => positionByWord.get(headerKey(word)) ?? null;
export const beatFor = (word: string): Beat | null => beatByWord.get(headerKey(word)) ?? null;
export const lawfulBasisFor = (word: string): LawfulBasis | null => lawfulBasisByWord.get(headerKey(word)) ?? null;

const languageWords: Record<string, string> = {
  indonesia: 'id',
  'bahasa indonesia': 'id',
  indonesian: 'id',
  inggris: 'en',
  english: 'en',
  'bahasa inggris': 'en',
  jawa: 'jv',
  javanese: 'jv',
  sunda: 'su',
  mandarin: 'zh',
  chinese: 'zh',
  arab: 'ar',
  arabic: 'ar',
  jepang: 'ja',
  japanese: 'ja',
};

/** A two-letter language code from "id", "Indonesia", "English", ... or null. */
export function languageFor(word: string): string | null {
  const key = headerKey(word);
  if (/^[a-z]{2}$/.test(key)) return key;
  return languageWords[key] ?? null;
}

const socialHosts: [RegExp, SocialPlatform][] = [
  [/(^|\.)(x|twitter)\.com$/, 'x'],
  [/(^|\.)instagram\.com$/, 'instagram'],
  [/(^|\.)(facebook|fb)\.com$/, 'facebook'],
  [/(^|\.)tiktok\.com$/, 'tiktok'],
  [/(^|\.)(youtube\.com|youtu\.be)$/, 'youtube'],
  [/(^|\.)linkedin\.com$/, 'linkedin'],
];
const socialPrefixes: Record<string, SocialPlatform> = {
  x: 'x',
  twitter: 'x',
  ig: 'instagram',
  instagram: 'instagram',
  fb: 'facebook',
  facebook: 'facebook',
  tiktok: 'tiktok',
  youtube: 'youtube',
  linkedin: 'linkedin',
  other: 'other',
};

/** A social handle as written ("IG: @dewi", "https://x.com/dewi", "x-socialprofile:..."), with its platform. */
export function socialFor(value: string): { platform: SocialPlatform; handle: string } {
  const text = value.trim().replace(/^x-socialprofile:/i, '');
  try {
    const url = new URL(text);
    const host = url.hostname.toLowerCase();
    const platform = socialHosts.find(([pattern]) => pattern.test(host))?.[1];
    const path = url.pathname.split('/').filter(Boolean)[0];
    if (platform && path) return { platform, handle: `@${path.replace(/^@/, '')}` };
  } catch {
    // Not a URL: a prefix or a bare handle.
  }
  const prefixed = /^([a-z]+)\s*[:=]\s*(.+)$/i.exec(text);
  const platform = prefixed?.[1] ? socialPrefixes[prefixed[1].toLowerCase()] : undefined;
  if (platform && prefixed?.[2]) return { platform, handle: prefixed[2].trim() };
  return { platform: 'other', handle: text };
}

/** ISO day from 2026-12-31, 31/12/2026, 31-12-2026 or 31.12.2026 (Indonesian order: day first); null if not a real date. */
export function dayFor(value: string): string | null {
  const text = value.trim();
  let year: number, month: number, day: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const local = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (local) [day, month, year] = [Number(local[1]), Number(local[2]), Number(local[3])];
  else return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

const yes = new Set(['ya', 'y', 'yes', 'true', '1', 'x', 'benar', 'aktif', 'active']);
const no = new Set(['tidak', 't', 'no', 'n', 'false', '0', 'salah', '', 'nonaktif', 'inactive']);

/** "ya" / "tidak", "yes" / "no", 1 / 0, x / empty; null when it is neither. */
export function yesNoFor(word: string): boolean | null {
  const key = headerKey(word);
  if (yes.has(key)) return true;
  if (no.has(key)) return false;
  return null;
}

const channelWords: Record<string, PreferredChannel> = {
  email: 'email',
  'e mail': 'email',
  surel: 'email',
  whatsapp: 'whatsapp',
  wa: 'whatsapp',
  phone: 'phone',
  telepon: 'phone',
  telp: 'phone',
  sms: 'sms',
};

export const preferredChannelFor = (word: string): PreferredChannel | null => channelWords[headerKey(word)] ?? null;
