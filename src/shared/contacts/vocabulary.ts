/** Kinds of media outlet (GLOSSARY: outlet). */
export const outletTypes = ['tv', 'radio', 'print', 'online', 'news_agency', 'foreign', 'community'] as const;
export type OutletType = (typeof outletTypes)[number];

/** A journalist's position at an outlet. */
export const positions = [
  'reporter',
  'editor',
  'chief_editor',
  'photographer',
  'camera_operator',
  'producer',
  'freelancer',
] as const;
export type Position = (typeof positions)[number];

/** Beats (liputan / desk) a journalist covers. */
export const beats = [
  'politics',
  'government',
  'law',
  'security',
  'health',
  'economy',
  'disaster',
  'environment',
  'technology',
  'education',
  'social',
  'culture',
  'sports',
  'infrastructure',
  'regional',
  'general',
] as const;
export type Beat = (typeof beats)[number];

/** UU 27/2022 art. 20: the lawful bases a media centre relies on for journalists' data. */
export const lawfulBases = ['consent', 'public_task', 'legitimate_interest'] as const;
export type LawfulBasis = (typeof lawfulBases)[number];

export const preferredChannels = ['email', 'whatsapp', 'phone', 'sms'] as const;

/** How a person asked to receive no more releases (the e-mails' List-Unsubscribe is a reply). */
export const optOutChannels = ['email_reply', 'phone', 'letter', 'in_person'] as const;
export type OptOutChannel = (typeof optOutChannels)[number];
export type PreferredChannel = (typeof preferredChannels)[number];

export const socialPlatforms = ['x', 'instagram', 'facebook', 'tiktok', 'youtube', 'linkedin', 'other'] as const;
export type SocialPlatform = (typeof socialPlatforms)[number];
