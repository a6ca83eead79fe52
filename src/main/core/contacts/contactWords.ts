import type {
  Beat,
  LawfulBasis,
  Position,
  PreferredChannel,
  SocialPlatform,
} from '../../../shared/contacts/vocabulary';
import type { Language } from '../../../shared/ipc/preferences';

/**
 * The contact vocabularies in the reader's words, for what leaves the app (the CSV, XLSX and vCard
 * exports, the personal-data PDF, the import report): the same words the interface shows (its own
 * are in the locales). The import reads these words back, so an export still imports unchanged.
 */
export const contactWords = {
  id: {
    positions: {
      reporter: 'Reporter',
      editor: 'Redaktur',
      chief_editor: 'Pemimpin Redaksi',
      photographer: 'Pewarta Foto',
      camera_operator: 'Juru Kamera',
      producer: 'Produser',
      freelancer: 'Jurnalis Lepas',
    } satisfies Record<Position, string>,
    beats: {
      politics: 'Politik',
      government: 'Pemerintahan',
      law: 'Hukum',
      security: 'Keamanan',
      health: 'Kesehatan',
      economy: 'Ekonomi',
      disaster: 'Kebencanaan',
      environment: 'Lingkungan',
      technology: 'Teknologi',
      education: 'Pendidikan',
      social: 'Sosial',
      culture: 'Budaya',
      sports: 'Olahraga',
      infrastructure: 'Infrastruktur',
      regional: 'Daerah',
      general: 'Umum',
    } satisfies Record<Beat, string>,
    lawfulBases: {
      consent: 'Persetujuan',
      public_task: 'Pelaksanaan tugas publik',
      legitimate_interest: 'Kepentingan yang sah',
    } satisfies Record<LawfulBasis, string>,
    channels: {
      email: 'Email',
      whatsapp: 'WhatsApp',
      phone: 'Telepon',
      sms: 'SMS',
    } satisfies Record<PreferredChannel, string>,
    platforms: {
      x: 'X (Twitter)',
      instagram: 'Instagram',
      facebook: 'Facebook',
      tiktok: 'TikTok',
      youtube: 'YouTube',
      linkedin: 'LinkedIn',
      other: 'Lainnya',
    } satisfies Record<SocialPlatform, string>,
    languages: {
      id: 'Bahasa Indonesia',
      en: 'Inggris',
      jv: 'Jawa',
      su: 'Sunda',
      zh: 'Mandarin',
      ar: 'Arab',
      ja: 'Jepang',
    },
  },
  en: {
    positions: {
      reporter: 'Reporter',
      editor: 'Editor',
      chief_editor: 'Chief editor',
      photographer: 'Photographer',
      camera_operator: 'Camera operator',
      producer: 'Producer',
      freelancer: 'Freelancer',
    } satisfies Record<Position, string>,
    beats: {
      politics: 'Politics',
      government: 'Government',
      law: 'Law',
      security: 'Security',
      health: 'Health',
      economy: 'Economy',
      disaster: 'Disaster',
      environment: 'Environment',
      technology: 'Technology',
      education: 'Education',
      social: 'Social affairs',
      culture: 'Culture',
      sports: 'Sports',
      infrastructure: 'Infrastructure',
      regional: 'Regional',
      general: 'General',
    } satisfies Record<Beat, string>,
    lawfulBases: {
      consent: 'Consent',
      public_task: 'Public task',
      legitimate_interest: 'Legitimate interest',
    } satisfies Record<LawfulBasis, string>,
    channels: {
      email: 'E-mail',
      whatsapp: 'WhatsApp',
      phone: 'Phone',
      sms: 'SMS',
    } satisfies Record<PreferredChannel, string>,
    platforms: {
      x: 'X (Twitter)',
      instagram: 'Instagram',
      facebook: 'Facebook',
      tiktok: 'TikTok',
      youtube: 'YouTube',
      linkedin: 'LinkedIn',
      other: 'Other',
    } satisfies Record<SocialPlatform, string>,
    languages: {
      id: 'Indonesian',
      en: 'English',
      jv: 'Javanese',
      su: 'Sundanese',
      zh: 'Mandarin',
      ar: 'Arabic',
      ja: 'Japanese',
    },
  },
} as const;

export type ContactWords = (typeof contactWords)[Language];
