/** The crisis method's words (GLOSSARY: crisis, phase, playbook item, official figure, ...). */

/** Kinds of crisis a Humas desk meets; type-specific playbook items hang on these. */
export const crisisTypes = [
  'natural_disaster',
  'public_health',
  'security',
  'cyber_data_leak',
  'service_outage',
  'socio_political',
  'other',
] as const;
export type CrisisType = (typeof crisisTypes)[number];

/** The four phases, in the order a crisis moves through them. */
export const crisisPhases = ['pre', 'initial', 'ongoing', 'post'] as const;
export type CrisisPhase = (typeof crisisPhases)[number];

/** Roles on a crisis team (besides the lead spokesperson and deputies). */
export const crisisRoles = ['monitoring', 'drafting', 'verification', 'distribution', 'liaison'] as const;
export type CrisisRole = (typeof crisisRoles)[number];

/** Severity 1 (lowest) to 4 (highest); what each means is the office's own definition. */
export const crisisSeverities = [1, 2, 3, 4] as const;
export type CrisisSeverity = (typeof crisisSeverities)[number];

/** Golden-hour prompts after the first signal, in minutes (office-editable; these are the defaults). */
export const defaultGoldenHourTargets = [15, 30, 60] as const;

/** Kinds of agency in the directory (GLOSSARY: stakeholder). */
export const agencyKinds = [
  'ministry',
  'disaster_agency',
  'police',
  'military',
  'health',
  'local_government',
  'utility',
  'other',
] as const;
export type AgencyKind = (typeof agencyKinds)[number];

export const requestStatuses = ['open', 'answered', 'cancelled'] as const;
export type RequestStatus = (typeof requestStatuses)[number];

/** The lessons-learned sections of the post-crisis evaluation, in report order. */
export const lessonSections = ['went_well', 'to_improve', 'recommendations'] as const;
export type LessonSection = (typeof lessonSections)[number];
