/** Where an approved revision can go. Only `email` works through the outbox; the others are
 * produced from the same revision for the desk to publish (website upload, broadcast, posts). */
export const distributionChannels = ['email', 'website', 'whatsapp', 'social', 'cap'] as const;
export type DistributionChannel = (typeof distributionChannels)[number];

export const attachmentChoices = ['none', 'pdf', 'docx'] as const;
export type AttachmentChoice = (typeof attachmentChoices)[number];

/** scheduled: waits for its time or the embargo; sending; paused (by a person or by the server);
 * completed: nothing left to try; cancelled: what had not gone out never will. */
export const distributionStatuses = ['scheduled', 'sending', 'paused', 'completed', 'cancelled'] as const;
export type DistributionStatus = (typeof distributionStatuses)[number];

/** One recipient's state in the outbox (see src/main/core/distribution/README.md). */
export const outboxStatuses = ['queued', 'sending', 'retry', 'unknown', 'sent', 'failed', 'cancelled'] as const;
export type OutboxStatus = (typeof outboxStatuses)[number];

/** Statuses after which nothing more happens to a recipient. */
export const finalOutboxStatuses: readonly OutboxStatus[] = ['sent', 'failed', 'cancelled'];

/** `none`: a relay on the office network that takes mail without encryption. */
export const smtpSecurityModes = ['tls', 'starttls', 'none'] as const;
export type SmtpSecurity = (typeof smtpSecurityModes)[number];

/** Why a job stopped by itself, or a recipient failed (translated under `distribution.reason.`). */
export const sendReasons = [
  'smtpUnreachable',
  'smtpAuth',
  'smtpTls',
  'smtpNotConfigured',
  'statementChanged',
  'rejected',
  'invalidAddress',
  'deadlineExpired',
  'temporary',
  'connectionLost',
  'byPerson',
  'erased',
  'superseded',
  // The store was restored from a backup taken while the job was open: a person checks what went out.
  'restoredFromBackup',
] as const;
export type SendReason = (typeof sendReasons)[number];

/** CAP 1.2 vocabularies (OASIS), used by the alert output. */
export const capCategories = [
  'Geo',
  'Met',
  'Safety',
  'Security',
  'Rescue',
  'Fire',
  'Health',
  'Env',
  'Transport',
  'Infra',
  'CBRNE',
  'Other',
] as const;
export const capUrgencies = ['Immediate', 'Expected', 'Future', 'Past', 'Unknown'] as const;
export const capSeverities = ['Extreme', 'Severe', 'Moderate', 'Minor', 'Unknown'] as const;
export const capCertainties = ['Observed', 'Likely', 'Possible', 'Unlikely', 'Unknown'] as const;
export const capMsgTypes = ['Alert', 'Update', 'Cancel'] as const;
