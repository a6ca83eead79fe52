import type { HoaxPlatform, HoaxVerdict } from './vocabulary';

/**
 * Names the clarification statement and the CLI print (the interface has its own in the locales).
 * The labels follow the format government offices publish: "[HOAKS] ...".
 */
export const hoaxWords = {
  id: {
    labels: {
      hoax: 'HOAKS',
      disinformation: 'DISINFORMASI',
      misinformation: 'MISINFORMASI',
      malinformation: 'MALINFORMASI',
      true: 'BENAR',
      unverifiable: 'TIDAK DAPAT DIVERIFIKASI',
    } satisfies Record<HoaxVerdict, string>,
    platforms: {
      whatsapp: 'WhatsApp',
      facebook: 'Facebook',
      x: 'X (Twitter)',
      tiktok: 'TikTok',
      instagram: 'Instagram',
      youtube: 'YouTube',
      online_media: 'media daring',
      other: 'kanal lain',
    } satisfies Record<HoaxPlatform, string>,
    and: 'dan',
    socialMedia: 'media sosial',
    claimHeading: 'Klaim yang beredar',
    claimLine: (where: string, since: string) => `Beredar informasi di ${where} sejak ${since} yang menyebutkan:`,
    explanationHeading: 'Penjelasan',
    sourcesHeading: 'Sumber resmi',
    conclusionHeading: 'Kesimpulan',
    conclusion: (verdict: HoaxVerdict, label: string) =>
      verdict === 'true'
        ? 'Informasi tersebut BENAR sesuai data resmi.'
        : verdict === 'unverifiable'
          ? 'Informasi tersebut belum dapat diverifikasi kebenarannya.'
          : `Informasi tersebut dikategorikan sebagai ${label}.`,
    appeal: (office: string, website: string) =>
      `Masyarakat diimbau untuk tidak menyebarkan informasi yang belum jelas kebenarannya dan memeriksa informasi melalui kanal resmi ${office}${website ? ` (${website})` : ''}.`,
    summary: (office: string, where: string) => `Klarifikasi ${office} atas informasi yang beredar di ${where}.`,
    tag: 'hoaks',
    reportedEvent: 'Hoaks pertama terlihat',
    verdictEvent: 'Kesimpulan',
    clarifiedEvent: 'Klarifikasi dirilis',
  },
  en: {
    labels: {
      hoax: 'HOAX',
      disinformation: 'DISINFORMATION',
      misinformation: 'MISINFORMATION',
      malinformation: 'MALINFORMATION',
      true: 'TRUE',
      unverifiable: 'UNVERIFIABLE',
    } satisfies Record<HoaxVerdict, string>,
    platforms: {
      whatsapp: 'WhatsApp',
      facebook: 'Facebook',
      x: 'X (Twitter)',
      tiktok: 'TikTok',
      instagram: 'Instagram',
      youtube: 'YouTube',
      online_media: 'online media',
      other: 'other channels',
    } satisfies Record<HoaxPlatform, string>,
    and: 'and',
    socialMedia: 'social media',
    claimHeading: 'The claim going round',
    claimLine: (where: string, since: string) => `Since ${since}, a message has been circulating on ${where} saying:`,
    explanationHeading: 'Explanation',
    sourcesHeading: 'Official sources',
    conclusionHeading: 'Conclusion',
    conclusion: (verdict: HoaxVerdict, label: string) =>
      verdict === 'true'
        ? 'The information is TRUE according to official data.'
        : verdict === 'unverifiable'
          ? 'The information cannot be verified at this time.'
          : `The information is classified as ${label}.`,
    appeal: (office: string, website: string) =>
      `The public is urged not to share information that has not been verified and to check it through the official channels of ${office}${website ? ` (${website})` : ''}.`,
    summary: (office: string, where: string) => `Clarification by ${office} of information circulating on ${where}.`,
    tag: 'hoax',
    reportedEvent: 'Claim first seen',
    verdictEvent: 'Verdict',
    clarifiedEvent: 'Clarification released',
  },
};
